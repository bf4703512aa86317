package io.prisma4j.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A raw SQL statement built from SQL text and values, where every value is sent as a bind parameter,
 * never spliced into the text (Prisma's tagged {@code $queryRaw`...${value}`} templates):
 * <pre>{@code
 * RawSql query = RawSql.sql("SELECT * FROM \"User\" WHERE age > ").value(18).append(" AND email = ").value(email);
 * client.$queryRaw(query);
 * }</pre>
 * Put only SQL you wrote yourself in {@link #sql(String)} and {@link #append}; user input goes in {@link #value}. Text that must be
 * assembled at run time goes through {@code $queryRawUnsafe}, whose name says what it is.
 */
public final class RawSql {
    private final List<String> parts;
    private final List<Object> values;

    private RawSql(List<String> parts, List<Object> values) {
        this.parts = Collections.unmodifiableList(parts);
        this.values = Collections.unmodifiableList(values);
    }

    /** Starts a statement with SQL text. */
    public static RawSql sql(String text) {
        List<String> parts = new ArrayList<>();
        parts.add(text);
        return new RawSql(parts, new ArrayList<>());
    }

    /**
     * A tagged template as JavaScript splits it: {@code strings.size() == values.length + 1}; values go
     * between the strings.
     */
    public static RawSql template(List<String> strings, Object... values) {
        if (strings.size() != values.length + 1) {
            throw new IllegalArgumentException("A template has one more string than values: got " + strings.size()
                    + " strings and " + values.length + " values");
        }
        List<Object> valueList = new ArrayList<>();
        Collections.addAll(valueList, values);
        return new RawSql(new ArrayList<>(strings), valueList);
    }

    /** Appends SQL text. */
    public RawSql append(String text) {
        List<String> newParts = new ArrayList<>(parts);
        newParts.set(newParts.size() - 1, newParts.get(newParts.size() - 1) + text);
        return new RawSql(newParts, new ArrayList<>(values));
    }

    /** Appends a value, sent as a bind parameter. */
    public RawSql value(Object value) {
        List<String> newParts = new ArrayList<>(parts);
        newParts.add("");
        List<Object> newValues = new ArrayList<>(values);
        newValues.add(value);
        return new RawSql(newParts, newValues);
    }

    /** The SQL text pieces around the values. */
    public List<String> strings() {
        return parts;
    }

    public List<Object> values() {
        return values;
    }

    /** The SQL with placeholders produced by {@code placeholder(n)} for the n-th value (1-based). */
    public String render(java.util.function.IntFunction<String> placeholder) {
        StringBuilder sql = new StringBuilder(parts.get(0));
        for (int i = 0; i < values.size(); i++) {
            sql.append(placeholder.apply(i + 1)).append(parts.get(i + 1));
        }
        return sql.toString();
    }

    @Override
    public String toString() {
        return render(i -> "${" + i + "}");
    }
}
