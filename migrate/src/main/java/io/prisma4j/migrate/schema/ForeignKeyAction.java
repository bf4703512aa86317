package io.prisma4j.migrate.schema;

/** A referential action of a foreign key. */
public enum ForeignKeyAction {
    CASCADE("CASCADE"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    /** As written in {@code ON DELETE ...}. */
    public String sql() {
        return sql;
    }
}
