package io.prisma4j.query.sql;

import io.prisma4j.schema.model.ScalarField;

import java.util.HashMap;
import java.util.Map;

/** One record being read: its column values, relation counts, loaded relations, and (m-n) parent key. */
final class Row {
    final Map<ScalarField, Object> values = new HashMap<>();
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, Object> relations = new HashMap<>();
    Object parentKey;

    Object get(ScalarField field) {
        return values.get(field);
    }
}
