package io.prisma4j.client.typed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every generated result type: an immutable record read from the dynamic API's result map, in
 * selection order. A key the query did not load is absent, so reading it fails with
 * {@link FieldNotLoadedException} naming the {@code include}/{@code select} to add; a loaded field may be
 * {@code null} (an optional field, a missing to-one relation). Related records, relation counts and
 * enums are converted once, when the record is built.
 */
public abstract class PrismaRecord {
    private final RecordShape shape;
    private final Map<String, Object> values;

    protected PrismaRecord(Map<String, ?> values, RecordShape shape) {
        this.shape = shape;
        Map<String, Object> converted = new LinkedHashMap<>();
        values.forEach((key, value) -> converted.put(key, shape.convert(key, value)));
        this.values = Collections.unmodifiableMap(converted);
    }

    /** Whether the query loaded {@code field} (by its schema name). */
    public final boolean isLoaded(String field) {
        return values.containsKey(field);
    }

    /** The loaded fields' names, in selection order. */
    public final List<String> loadedFields() {
        return List.copyOf(values.keySet());
    }

    /** The value of a loaded field; fails with {@link FieldNotLoadedException} when it was not loaded. */
    @SuppressWarnings("unchecked")
    protected final <T> T get(String field) {
        if (!values.containsKey(field)) {
            throw new FieldNotLoadedException(shape.notLoaded(field));
        }
        return (T) values.get(field);
    }

    protected final String string(String field) {
        return get(field);
    }

    protected final Boolean bool(String field) {
        return get(field);
    }

    protected final Integer integer(String field) {
        Number value = get(field);
        return value == null || value instanceof Integer ? (Integer) value : Integer.valueOf(value.intValue());
    }

    protected final Long bigint(String field) {
        Number value = get(field);
        return value == null || value instanceof Long ? (Long) value : Long.valueOf(value.longValue());
    }

    protected final Double floating(String field) {
        Number value = get(field);
        return value == null || value instanceof Double ? (Double) value : Double.valueOf(value.doubleValue());
    }

    protected final BigDecimal decimal(String field) {
        Object value = get(field);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    protected final Instant dateTime(String field) {
        return get(field);
    }

    /** A copy: the record stays immutable. */
    protected final byte[] bytes(String field) {
        byte[] value = get(field);
        return value == null ? null : value.clone();
    }

    /** A Json value: a Map, List, String, Number, Boolean or null. */
    protected final Object json(String field) {
        return get(field);
    }

    /**
     * The record as the dynamic API returns it: a map in selection order with related records as maps
     * and enums by Prisma's name.
     */
    public final Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach((key, value) -> map.put(key, plain(value)));
        return map;
    }

    static Object plain(Object value) {
        if (value instanceof PrismaRecord record) {
            return record.toMap();
        }
        if (value instanceof PrismaEnum constant) {
            return constant.prismaName();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(plain(item)));
            return items;
        }
        return value;
    }

    /** The loaded values, converted (records, enums), for renderers in this package. */
    final Map<String, Object> values() {
        return values;
    }

    final boolean isJson(String field) {
        return shape.isJson(field);
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        Map<String, Object> otherValues = ((PrismaRecord) other).values;
        if (!values.keySet().equals(otherValues.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object mine = entry.getValue();
            Object theirs = otherValues.get(entry.getKey());
            if (mine instanceof byte[] a && theirs instanceof byte[] b ? !Arrays.equals(a, b) : !Objects.equals(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final int hashCode() {
        int hash = getClass().hashCode();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue();
            hash = 31 * hash + entry.getKey().hashCode() + (value instanceof byte[] bytes ? Arrays.hashCode(bytes)
                    : Objects.hashCode(value));
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(shape.typeName()).append('{');
        String separator = "";
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue();
            text.append(separator).append(entry.getKey()).append('=')
                    .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
            separator = ", ";
        }
        return text.append('}').toString();
    }
}
