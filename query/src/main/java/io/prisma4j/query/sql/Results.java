package io.prisma4j.query.sql;

import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.ScalarField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns read rows into result objects: keys in selection order, enums by their schema names. */
final class Results {
    private Results() {
    }

    static Map<String, Object> toMap(Row row, Selection selection) {
        return toMap(row, selection, row.values.layout().positions(selection));
    }

    /** {@code positions}: where each selected scalar sits in the row ({@link FieldValues.Layout#positions}). */
    private static Map<String, Object> toMap(Row row, Selection selection, int[] positions) {
        List<Selection.Item> items = selection.items();
        Map<String, Object> result = new LinkedHashMap<>(items.size() * 4 / 3 + 1);
        for (int i = 0; i < positions.length; i++) {
            Selection.Item item = items.get(i);
            if (item instanceof Selection.ScalarItem scalar) {
                Object raw = positions[i] >= 0 ? row.values.at(positions[i]) : row.get(scalar.field());
                result.put(scalar.key(), value(scalar.field(), raw));
            } else if (item instanceof Selection.RelationItem relation) {
                Object related = row.relations.get(relation.key());
                if (related == null && relation.field().isList()) {
                    related = List.of();
                }
                result.put(relation.key(), related);
            } else {
                Selection.CountItem count = (Selection.CountItem) item;
                Map<String, Object> counts = new LinkedHashMap<>();
                for (Selection.RelationCount relationCount : count.counts()) {
                    counts.put(relationCount.field().name(), row.counts.getOrDefault(relationCount.field().name(), 0));
                }
                result.put(count.key(), counts);
            }
        }
        return result;
    }

    /** The rows as result objects; rows of one statement share a layout, so positions are found once. */
    static List<Map<String, Object>> toMaps(List<Row> rows, Selection selection) {
        List<Map<String, Object>> results = new ArrayList<>(rows.size());
        FieldValues.Layout layout = null;
        int[] positions = null;
        for (Row row : rows) {
            if (row.values.layout() != layout) {
                layout = row.values.layout();
                positions = layout.positions(selection);
            }
            results.add(toMap(row, selection, positions));
        }
        return results;
    }

    /** A decoded column value as the client returns it. */
    static Object value(ScalarField field, Object raw) {
        if (raw == null) {
            return null;
        }
        if (field.isEnum()) {
            if (raw instanceof List<?> list) {
                List<Object> names = new ArrayList<>();
                for (Object item : list) {
                    names.add(enumName(field.enumType(), (String) item));
                }
                return names;
            }
            return enumName(field.enumType(), (String) raw);
        }
        if (raw instanceof BigDecimal decimal) {
            return normalize(decimal);
        }
        return raw;
    }

    static String enumName(EnumType type, String databaseName) {
        for (EnumType.Value value : type.values()) {
            if (value.databaseName().equals(databaseName)) {
                return value.name();
            }
        }
        return databaseName;
    }

    /** Decimals without trailing zeros (Prisma's Decimal prints {@code 162.4}, not {@code 162.40}). */
    static BigDecimal normalize(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
