package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.Table;

import java.util.List;

/**
 * A table SQLite cannot alter in place: it is created anew, the rows copied, the old one dropped.
 *
 * @param tables            the table before and after
 * @param droppedPrimaryKey whether the primary key changed
 * @param addedColumns      columns only in the new table
 * @param virtualDefaults   added columns whose default prisma4j computes
 * @param droppedColumns    columns only in the old table
 * @param columnPairs       columns in both, by name, with what changed
 */
public record RedefineTable(Pair<Table> tables, boolean droppedPrimaryKey, List<Column> addedColumns,
                            List<Column> virtualDefaults, List<Column> droppedColumns,
                            List<ColumnPair> columnPairs) {

    /** A column kept across the redefinition. */
    public record ColumnPair(Pair<Column> columns, ColumnChanges changes, TypeChange typeChange) {
    }
}
