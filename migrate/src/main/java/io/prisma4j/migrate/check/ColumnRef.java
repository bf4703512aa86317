package io.prisma4j.migrate.check;

/** A column whose non-null values a check counts. */
public record ColumnRef(String namespace, String table, String column) {

    public TableRef tableRef() {
        return new TableRef(namespace, table);
    }
}
