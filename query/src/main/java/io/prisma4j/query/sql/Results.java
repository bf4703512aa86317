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
        Map<String, Object> result = new LinkedHashMap<>();
        for (Selection.Item item : selection.items()) {
            if (item instanceof Selection.ScalarItem scalar) {
                result.put(scalar.key(), value(scalar.field(), row.get(scalar.field())));
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

    static List<Map<String, Object>> toMaps(List<Row> rows, Selection selection) {
        List<Map<String, Object>> results = new ArrayList<>(rows.size());
        for (Row row : rows) {
            results.add(toMap(row, selection));
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
