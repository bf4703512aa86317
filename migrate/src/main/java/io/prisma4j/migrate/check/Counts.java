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

    void putRows(TableRef table, long count) {
        rows.put(table, count);
    }

    void putValues(ColumnRef column, long count) {
        values.put(column, count);
    }
}
