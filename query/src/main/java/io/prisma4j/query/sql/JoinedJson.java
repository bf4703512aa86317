package io.prisma4j.query.sql;

import io.prisma4j.query.document.DateTimes;
import io.prisma4j.query.document.JsonValues;
import io.prisma4j.schema.model.ScalarField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of relations loaded with the "join" strategy straight into result objects: one
 * forward pass over the text ({@link JsonCursor}), each value converted by its slot ({@link JoinedSlot})
 * as it is met, with no intermediate tree and no key lookups.
 */
final class JoinedJson {
    private final SqlFlavour flavour;

    JoinedJson(SqlFlavour flavour) {
        this.flavour = flavour;
    }

    /** The related record(s) in one JSON column value, as result objects. */
    Object read(JoinedSlot.Relation relation, String json) {
        if (json == null) {
            return relation.list() ? List.of() : null;
        }
        JsonCursor cursor = new JsonCursor(json);
        Object result = relation(cursor, relation);
        if (!cursor.atEnd()) {
            throw new IllegalStateException("Malformed JSON of a joined relation: text after the value");
        }
        return result;
    }

    /** The relation that comes next: null, an array, or (a database that embedded it as text) a string. */
    private Object relation(JsonCursor cursor, JoinedSlot.Relation relation) {
        char next = cursor.peek();
        if (next == 'n') {
            cursor.nextIsNull();
            return relation.list() ? List.of() : null;
        }
        if (next == '"') {
            return read(relation, cursor.string());
        }
        if (!relation.list()) {
            return record(cursor, relation.record(), null, 0);
        }
        List<Object> records = new ArrayList<>();
        long[] positions = relation.positioned() ? new long[8] : null;
        if (cursor.enterArray()) {
            do {
                if (positions != null && records.size() == positions.length) {
                    positions = Arrays.copyOf(positions, positions.length * 2);
                }
                records.add(record(cursor, relation.record(), positions, records.size()));
            } while (cursor.nextElement());
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
     * The record array that comes next (or a string holding one) as a result object; its trailing
     * position goes to {@code positions[index]} when positions are asked for.
     */
    private Map<String, Object> record(JsonCursor cursor, List<JoinedSlot> slots, long[] positions, int index) {
        if (cursor.peek() == '"') {
            JsonCursor inner = new JsonCursor(cursor.string());
            return record(inner, slots, positions, index);
        }
        Map<String, Object> result = new LinkedHashMap<>(slots.size() * 4 / 3 + 1);
        boolean more = cursor.enterArray();
        for (JoinedSlot slot : slots) {
            if (!more) {
                throw new IllegalStateException("Malformed JSON of a joined relation: a record is short of values");
            }
            if (slot instanceof JoinedSlot.Scalar scalar) {
                result.put(scalar.key(), Results.value(scalar.field(), scalar(cursor, scalar)));
            } else if (slot instanceof JoinedSlot.Relation relation) {
                result.put(relation.key(), relation(cursor, relation));
            } else {
                result.put(slot.key(), counts(cursor, ((JoinedSlot.Count) slot).names()));
            }
            more = cursor.nextElement();
        }
        if (positions != null && more) {
            positions[index] = cursor.integer();
            more = cursor.nextElement();
        }
        if (more) {
            cursor.skipValue();
            cursor.skipRestOfArray();
        }
        return result;
    }

    private static Map<String, Object> counts(JsonCursor cursor, List<String> names) {
        Map<String, Object> counts = new LinkedHashMap<>();
        if (cursor.nextIsNull()) {
            names.forEach(name -> counts.put(name, 0));
            return counts;
        }
        boolean more = cursor.enterArray();
        for (String name : names) {
            int count = 0;
            if (more) {
                count = (int) cursor.integer();
                more = cursor.nextElement();
            }
            counts.put(name, count);
        }
        if (more) {
            cursor.skipValue();
            cursor.skipRestOfArray();
        }
        return counts;
    }

    /** Records sorted by their positions; usually already in order, then left as they are. */
    static List<Object> inPositionOrder(List<Object> records, long[] positions) {
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
        Arrays.sort(order, (a, b) -> Long.compare(positions[a], positions[b]));
        List<Object> sortedRecords = new ArrayList<>(n);
        for (Integer i : order) {
            sortedRecords.add(records.get(i));
        }
        return sortedRecords;
    }

    /** A scalar slot's value from its JSON text (a binary row's value sent as JSON, see {@link JoinedRecords}). */
    Object scalar(String text, JoinedSlot.Scalar slot) {
        return scalar(new JsonCursor(text), slot);
    }

    private Object scalar(JsonCursor cursor, JoinedSlot.Scalar slot) {
        if (cursor.nextIsNull()) {
            return null;
        }
        if (!slot.field().isList()) {
            return element(cursor, slot.field(), slot.kind());
        }
        List<Object> items = new ArrayList<>();
        if (cursor.peek() != '[') {
            cursor.skipValue();
        } else if (cursor.enterArray()) {
            do {
                items.add(cursor.nextIsNull() ? null : element(cursor, slot.field(), slot.kind()));
            } while (cursor.nextElement());
        }
        return items;
    }

    /** One value (not null), as the plain row readers would return it for the field's column type. */
    private Object element(JsonCursor cursor, ScalarField field, ColumnType.Kind kind) {
        char next = cursor.peek();
        boolean text = next == '"';
        switch (kind) {
            case INT:
                return (int) integer(cursor, next);
            case BIGINT:
                return integer(cursor, next);
            case FLOAT:
                return Double.parseDouble(text ? cursor.string() : cursor.number());
            case DECIMAL:
                return new BigDecimal(text ? cursor.string() : cursor.number());
            case BOOLEAN:
                return next == 't' || next == 'f' ? cursor.bool() : integer(cursor, next) != 0;
            case DATETIME:
                return text ? parseDateTime(cursor.string()) : Instant.ofEpochMilli(cursor.integer());
            case JSON:
                return JsonValues.parse(cursor.rawValue());
            case BYTES:
                return flavour.jsonBytes(cursor.string());
            default:
                return text ? cursor.string() : cursor.rawValue();
        }
    }

    /** An integer however it was written: a number, a numeric string (0 when it is not one), a boolean (1 or 0). */
    private static long integer(JsonCursor cursor, char next) {
        if (next == '"') {
            return integerOfText(cursor.string());
        }
        if (next == 't' || next == 'f') {
            return cursor.bool() ? 1 : 0;
        }
        return cursor.integer();
    }

    /** A numeric string's integer part, 0 when it is not a number. */
    static long integerOfText(String text) {
        try {
            return new BigDecimal(text.trim()).longValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * DateTime text as the databases put it into JSON (ISO without zone means UTC). A date alone is its
     * midnight UTC and a time alone is on 1970-01-01, as the plain row readers read {@code @db.Date} and
     * {@code @db.Time} columns.
     */
    static Instant parseDateTime(String text) {
        Instant fast = DateTimes.parseStored(text);
        if (fast != null) {
            return fast;
        }
        String normalized = text.strip().replace(' ', 'T');
        if (normalized.length() == 10 && normalized.charAt(4) == '-') {
            return LocalDate.parse(normalized).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (normalized.length() >= 8 && normalized.charAt(2) == ':') {
            // A time's offset (PostgreSQL's timetz) is dropped, as the row readers drop it.
            String time = normalized.split("[+Z-]", 2)[0];
            return LocalDate.EPOCH.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
        }
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
