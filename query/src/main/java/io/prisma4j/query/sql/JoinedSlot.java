package io.prisma4j.query.sql;

import io.prisma4j.schema.model.ScalarField;

import java.util.List;

/**
 * One value of a record read with the "join" strategy. A record travels as a JSON array of its
 * selected items in selection order, so the layout is fixed when the SQL is built and the JSON is read
 * by position, without keys. Each slot knows how to read its value, once per statement instead of once
 * per row.
 */
sealed interface JoinedSlot {

    /** The key of the value in the result object. */
    String key();

    /** A column of the record; scalar lists arrive as JSON arrays. */
    record Scalar(ScalarField field, ColumnType.Kind kind) implements JoinedSlot {
        Scalar(ScalarField field) {
            this(field, ColumnType.kindOf(field));
        }

        @Override
        public String key() {
            return field.name();
        }
    }

    /**
     * A related record (an array, or null) or list of records (an array of arrays).
     *
     * @param record     the slots of each related record
     * @param positioned whether each record array ends with its position in the wanted order (lists
     *                   aggregated from an ordered derived table: the aggregate itself is not ordered)
     * @param reversed   whether the list arrives in reverse order (a negative take limited inside the
     *                   aggregate reads backwards)
     */
    record Relation(String key, boolean list, List<JoinedSlot> record, boolean positioned, boolean reversed)
            implements JoinedSlot {
        public Relation {
            record = List.copyOf(record);
        }
    }

    /** {@code _count}: an array of numbers, one per counted relation, in the order of {@code names}. */
    record Count(List<String> names) implements JoinedSlot {
        public Count {
            names = List.copyOf(names);
        }

        @Override
        public String key() {
            return "_count";
        }
    }
}
