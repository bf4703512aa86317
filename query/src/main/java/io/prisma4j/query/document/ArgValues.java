package io.prisma4j.query.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the Java values a caller passes ({@code Map}, {@code List}, numbers, {@code Instant},
 * {@code byte[]}, ...) into protocol values, the way Prisma Client JS serializes its arguments.
 */
public final class ArgValues {
    private static final double MAX_SAFE = 9_007_199_254_740_992d;

    private ArgValues() {
    }

    /**
     * The protocol value of a Java value.
     *
     * @throws IllegalArgumentException for a value of no known type; the caller reports it with its path
     */
    public static ArgValue of(Object value) {
        if (value == null) {
            return new ArgValue.Null();
        }
        if (value instanceof ArgValue arg) {
            return arg;
        }
        if (value instanceof String s) {
            return new ArgValue.Str(s);
        }
        if (value instanceof Boolean b) {
            return new ArgValue.Bool(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return new ArgValue.Int(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // JavaScript has one number type: 2.0 is the integer 2 there, so it is sent as an Int.
            if (!Double.isNaN(d) && !Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) <= MAX_SAFE) {
                return new ArgValue.Int((long) d);
            }
            return new ArgValue.Float(d);
        }
        if (value instanceof BigInteger big) {
            return new ArgValue.BigInt(big);
        }
        if (value instanceof BigDecimal decimal) {
            return new ArgValue.Decimal(decimal);
        }
        if (value instanceof Instant instant) {
            return new ArgValue.DateTime(instant);
        }
        if (value instanceof java.util.Date date) {
            return new ArgValue.DateTime(date.toInstant());
        }
        if (value instanceof OffsetDateTime odt) {
            return new ArgValue.DateTime(odt.toInstant());
        }
        if (value instanceof ZonedDateTime zdt) {
            return new ArgValue.DateTime(zdt.toInstant());
        }
        if (value instanceof LocalDateTime ldt) {
            return new ArgValue.DateTime(ldt.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate date) {
            return new ArgValue.DateTime(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (value instanceof byte[] bytes) {
            return new ArgValue.Bytes(bytes);
        }
        if (value instanceof JsonNullValue nullValue) {
            return new ArgValue.EnumConst(nullValue.prismaName());
        }
        if (value instanceof FieldReference ref) {
            return new ArgValue.FieldRef(ref.model(), ref.field());
        }
        if (value instanceof Enum<?> constant) {
            return new ArgValue.Str(constant.name());
        }
        if (value instanceof UUID uuid) {
            return new ArgValue.Str(uuid.toString());
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, ArgValue> fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                fields.put(String.valueOf(entry.getKey()), of(entry.getValue()));
            }
            return new ArgValue.Obj(fields);
        }
        if (value instanceof Collection<?> collection) {
            List<ArgValue> items = new ArrayList<>(collection.size());
            for (Object item : collection) {
                items.add(of(item));
            }
            return new ArgValue.Arr(items);
        }
        if (value instanceof Object[] array) {
            List<ArgValue> items = new ArrayList<>(array.length);
            for (Object item : array) {
                items.add(of(item));
            }
            return new ArgValue.Arr(items);
        }
        throw new IllegalArgumentException("We could not serialize " + value.getClass().getName()
                + " value. Pass a String, number, Boolean, Instant, byte[], Map or List");
    }
}
