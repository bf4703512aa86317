package io.prisma4j.query.sql;

import io.prisma4j.schema.model.ScalarField;

import java.util.HashMap;
import java.util.Map;

/** One record being read: its column values, relation counts, loaded relations, and (m-n) parent key. */
final class Row {
    final FieldValues values;
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, Object> relations = new HashMap<>();
    Object parentKey;

    Row() {
        this.values = new FieldValues();
    }

    /** A row of a statement whose columns have this layout. */
    Row(FieldValues.Layout layout) {
        this.values = new FieldValues(layout);
    }

    Object get(ScalarField field) {
        return values.get(field);
    }
}
