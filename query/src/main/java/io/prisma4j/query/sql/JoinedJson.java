package io.prisma4j.query.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.query.document.DateTimes;
import io.prisma4j.query.document.JsonValues;
import io.prisma4j.schema.model.ScalarField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of relations loaded with the "join" strategy straight into result objects: one pass
 * of a streaming parser, each value converted by its slot ({@link JoinedSlot}) as it is met, with no
 * intermediate tree and no key lookups.
 */
final class JoinedJson {
    /** Control characters may stay raw in strings: MariaDB writes its JSON text without escaping them. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    /** Json field values only: read as a tree and parsed as every Json value is ({@link JsonValues#parse}). */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final SqlFlavour flavour;

    JoinedJson(SqlFlavour flavour) {
        this.flavour = flavour;
    }

    /** The related record(s) in one JSON column value, as result objects. */
    Object read(JoinedSlot.Relation relation, String json) {
        if (json == null) {
            return relation.list() ? List.of() : null;
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return relation(parser, relation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relation at the current token: null, an array, or (a database that embedded it as text) a string. */
    private Object relation(JsonParser parser, JoinedSlot.Relation relation) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return relation.list() ? List.of() : null;
        }
        if (token == JsonToken.VALUE_STRING) {
            return read(relation, parser.getText());
        }
        if (!relation.list()) {
            return record(parser, relation.record(), null, 0);
        }
        List<Object> records = new ArrayList<>();
        long[] positions = relation.positioned() ? new long[8] : null;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (positions != null && records.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            records.add(record(parser, relation.record(), positions, records.size()));
        }
        if (positions != null) {
            return inPositionOrder(records, positions);
        }
        if (relation.reversed()) {
            Collections.reverse(records);
        }
        return records;
    }

    /**
     * The record array at the current token (or a string holding one) as a result object; its trailing
     * position goes to {@code positions[index]} when positions are asked for.
     */
    private Map<String, Object> record(JsonParser parser, List<JoinedSlot> slots, long[] positions, int index)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            try (JsonParser inner = FACTORY.createParser(parser.getText())) {
                inner.nextToken();
                return record(inner, slots, positions, index);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(slots.size() * 4 / 3 + 1);
        for (JoinedSlot slot : slots) {
            parser.nextToken();
            if (slot instanceof JoinedSlot.Scalar scalar) {
                result.put(scalar.key(), Results.value(scalar.field(), scalar(parser, scalar)));
            } else if (slot instanceof JoinedSlot.Relation relation) {
                result.put(relation.key(), relation(parser, relation));
            } else {
                result.put(slot.key(), counts(parser, ((JoinedSlot.Count) slot).names()));
            }
        }
        if (positions != null) {
            parser.nextToken();
            positions[index] = parser.getValueAsLong();
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
        }
        return result;
    }

    private static Map<String, Object> counts(JsonParser parser, List<String> names) throws IOException {
        Map<String, Object> counts = new LinkedHashMap<>();
        boolean present = parser.currentToken() == JsonToken.START_ARRAY;
        for (String name : names) {
            int count = 0;
            if (present && parser.nextToken() != JsonToken.END_ARRAY) {
                count = parser.getValueAsInt();
            } else {
                present = false;
            }
            counts.put(name, count);
        }
        if (present) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();
            }
        }
        return counts;
    }

    /** Records sorted by their positions; usually already in order, then left as they are. */
    private static List<Object> inPositionOrder(List<Object> records, long[] positions) {
        int n = records.size();
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = positions[i - 1] <= positions[i];
        }
        if (sorted) {
            return records;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] keys = positions;
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        List<Object> sortedRecords = new ArrayList<>(n);
        for (Integer i : order) {
            sortedRecords.add(records.get(i));
        }
        return sortedRecords;
    }

    private Object scalar(JsonParser parser, JoinedSlot.Scalar slot) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (slot.field().isList()) {
            List<Object> items = new ArrayList<>();
            if (token == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(element(parser, slot.field(), slot.kind()));
                }
            } else {
                parser.skipChildren();
            }
            return items;
        }
        return element(parser, slot.field(), slot.kind());
    }

    /** One value, as the plain row readers would return it for the field's column type. */
    private Object element(JsonParser parser, ScalarField field, ColumnType.Kind kind) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        switch (kind) {
            case INT:
                return parser.getValueAsInt();
            case BIGINT:
                return token == JsonToken.VALUE_STRING ? Long.parseLong(parser.getText().trim()) : parser.getValueAsLong();
            case FLOAT:
                return parser.getValueAsDouble();
            case DECIMAL:
                return token.isNumeric() ? parser.getDecimalValue() : new BigDecimal(parser.getText());
            case BOOLEAN:
                return token.isBoolean() ? token == JsonToken.VALUE_TRUE : parser.getValueAsInt() != 0;
            case DATETIME:
                return token.isNumeric() ? Instant.ofEpochMilli(parser.getValueAsLong()) : parseDateTime(parser.getText());
            case JSON:
                return JsonValues.parse(TREES.readTree(parser).toString());
            case BYTES:
                return flavour.jsonBytes(parser.getText());
            default:
                return parser.getText();
        }
    }

    /** DateTime text as the databases put it into JSON (ISO without zone means UTC). */
    static Instant parseDateTime(String text) {
        Instant fast = DateTimes.parseStored(text);
        if (fast != null) {
            return fast;
        }
        String normalized = text.strip().replace(' ', 'T');
        boolean zoned = normalized.endsWith("Z") || normalized.matches(".*[+-]\\d\\d(:?\\d\\d)?$");
        if (!zoned) {
            return LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC);
        }
        if (normalized.matches(".*[+-]\\d\\d$")) {
            normalized = normalized + ":00";
        }
        return OffsetDateTime.parse(normalized).toInstant();
    }
}
