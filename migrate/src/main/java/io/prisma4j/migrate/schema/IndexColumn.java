package io.prisma4j.migrate.schema;

/**
 * One column of an index or primary key.
 *
 * @param column        the column
 * @param sortOrder     {@code ASC}/{@code DESC} when given, else {@code null}
 * @param length        prefix length (MySQL), else {@code null}
 * @param operatorClass operator class (PostgreSQL), else {@code null}
 */
public record IndexColumn(Column column, SortOrder sortOrder, Integer length, OperatorClass operatorClass) {

    public static IndexColumn of(Column column) {
        return new IndexColumn(column, null, null, null);
    }

    /** The sort order, with ascending as the default. */
    public SortOrder effectiveSortOrder() {
        return sortOrder == null ? SortOrder.ASC : sortOrder;
    }

    /**
     * A PostgreSQL operator class ({@code jsonb_path_ops}, {@code gin_trgm_ops}).
     *
     * @param name      as written in SQL
     * @param isDefault whether it is the default class for the column's type and index method
     */
    public record OperatorClass(String name, boolean isDefault) {
    }
}
