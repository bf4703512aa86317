package io.prisma4j.migrate.check;

import java.util.HashMap;
import java.util.Map;

/** What the database said (row counts, non-null value counts); empty when there is no database. */
final class Counts {
    private final Map<TableRef, Long> rows = new HashMap<>();
    private final Map<ColumnRef, Long> values = new HashMap<>();

    Long rows(TableRef table) {
        return rows.get(table);
    }

    Long values(ColumnRef column) {
        return values.get(column);
    }

    /** Whether the table was counted and has no rows. */
    boolean emptyTable(TableRef table) {
        Long count = rows(table);
        return count != null && count == 0;
    }

    /** Whether the column was counted (or its table) and holds no value: a change to it loses nothing. */
    boolean emptyColumn(ColumnRef column) {
        Long count = values(column);
        return emptyTable(column.tableRef()) || (count != null && count == 0);
    }

    void putRows(TableRef table, long count) {
        rows.put(table, count);
    }

    void putValues(ColumnRef column, long count) {
        values.put(column, count);
    }
}
