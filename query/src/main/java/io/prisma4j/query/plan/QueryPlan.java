package io.prisma4j.query.plan;

import io.prisma4j.query.PreparedQuery;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SingleStatementReads;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;
import io.prisma4j.sql.SqlValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A read's SQL with where each of its parameters comes from: a constant, or one of the values its shape
 * took out of the arguments (as is, or as text for a database that types text parameters).
 */
public final class QueryPlan {
    private final PreparedQuery query;
    private final String sql;
    private final List<Source> sources;
    private final List<ColumnType> columns;

    /**
     * Where one parameter comes from: {@code leaf} is the index of a shape value, or -1 for {@code constant};
     * for a {@link Binding#TYPED} leaf, {@code constant} is the database type's name.
     */
    record Source(int leaf, Binding binding, Object constant) {
    }

    /**
     * How a shape value becomes its parameter: as it is, as text, as a string of a database type (a uuid,
     * ...), or an Int field's value widened to long.
     */
    enum Binding {
        AS_IS, TEXT, TYPED, LONG
    }

    QueryPlan(PreparedQuery query, String sql, List<Source> sources, List<ColumnType> columns) {
        this.query = query;
        this.sql = sql;
        this.sources = List.copyOf(sources);
        this.columns = List.copyOf(columns);
    }

    /** The statement for a call of this plan's shape with these values. */
    SqlStatement statement(List<Object> values) {
        List<Object> parameters = new ArrayList<>(sources.size());
        for (Source source : sources) {
            if (source.leaf() < 0) {
                parameters.add(source.constant());
            } else {
                Object value = values.get(source.leaf());
                parameters.add(switch (source.binding()) {
                    case AS_IS -> value;
                    case TEXT -> new SqlValue.Text((String) value);
                    case TYPED -> new SqlValue.Typed(value, (String) source.constant());
                    case LONG -> ((Integer) value).longValue();
                });
            }
        }
        return new SqlStatement(sql, parameters);
    }

    /** Runs the plan with a call's values and answers as the full path would. */
    Object run(List<Object> values, SqlPort port) {
        List<Object[]> rows = port.query(statement(values), columns);
        return query.unpack(SingleStatementReads.result(query.operation(), rows));
    }
}
