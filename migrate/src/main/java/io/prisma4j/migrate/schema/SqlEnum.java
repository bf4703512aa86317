package io.prisma4j.migrate.schema;

import java.util.List;

/**
 * An enum type: a PostgreSQL {@code CREATE TYPE ... AS ENUM}, or on MySQL the value list of one
 * {@code ENUM(...)} column (named {@code <table>_<column>}, as Prisma names it).
 */
public final class SqlEnum {
    private final int id;
    private final String namespace;
    private final String name;
    private final List<String> values;

    SqlEnum(int id, String namespace, String name, List<String> values) {
        this.id = id;
        this.namespace = namespace;
        this.name = name;
        this.values = List.copyOf(values);
    }

    /** Position among the schema's enums; steps on enums are ordered by it. */
    public int id() {
        return id;
    }

    /** The schema ({@code @@schema}) when given explicitly, else {@code null}. */
    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public List<String> values() {
        return values;
    }

    @Override
    public String toString() {
        return name + values;
    }
}
