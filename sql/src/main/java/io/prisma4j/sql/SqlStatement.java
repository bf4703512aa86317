package io.prisma4j.sql;

import java.util.Collections;
import java.util.List;

/** Rendered SQL text with its parameters in placeholder order. */
public record SqlStatement(String sql, List<Object> parameters) {
    public SqlStatement {
        parameters = Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    public static SqlStatement of(String sql, Object... parameters) {
        return new SqlStatement(sql, java.util.Arrays.asList(parameters));
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
