package io.prisma4j.client.jdbc;

import io.prisma4j.query.document.JsonValues;
import io.prisma4j.query.sql.ColumnType;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Conversions shared by the dialects: plain JDBC objects into the Java values Prisma results use. */
public final class Values {
    private Values() {
    }

    /** A JDBC object read by the given type; used for array elements and loosely typed drivers. */
    public static Object convert(Object raw, ColumnType.Kind kind) {
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case INT, COUNT -> intValue((Number) numeric(raw));
            case BIGINT -> ((Number) numeric(raw)).longValue();
            // A float4 reads as the shortest decimal that is its value (1.1, as the server prints it), not
            // as its binary value widened to a double (1.100000023841858).
            case FLOAT -> raw instanceof Float single ? Double.parseDouble(single.toString())
                    : ((Number) numeric(raw)).doubleValue();
            case DECIMAL -> decimal(raw);
            case BOOLEAN -> raw instanceof Boolean b ? b : raw instanceof Number n ? n.intValue() != 0
                    : "true".equalsIgnoreCase(raw.toString()) || "1".equals(raw.toString()) || "t".equals(raw.toString());
            case STRING, ENUM, JSON_TEXT -> raw instanceof org.postgresql.util.PGobject pg ? pg.getValue() : raw.toString();
            case DATETIME -> instant(raw);
            case JSON -> JsonValues.parse(raw instanceof org.postgresql.util.PGobject pg ? pg.getValue() : raw.toString());
            case BYTES, RECORDS -> raw instanceof byte[] bytes ? bytes
                    : raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    /**
     * An Int as an {@code Integer}; a value outside 32 bits (SQLite stores what it is given) stays a
     * number, as it is in JavaScript, rather than wrapping around.
     */
    public static Number intValue(Number number) {
        long value = number.longValue();
        if (value == (int) value && !(number instanceof Double d && d != Math.rint(d))) {
            return (int) value;
        }
        return number instanceof Double || number instanceof Float ? number.doubleValue() : (double) value;
    }

    private static Object numeric(Object raw) {
        if (raw instanceof Number) {
            return raw;
        }
        if (raw instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return new BigDecimal(raw.toString().strip());
    }

    public static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Double || raw instanceof Float) {
            return new BigDecimal(Double.toString(((Number) raw).doubleValue()));
        }
        if (raw instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(raw.toString().strip());
    }

    public static Instant instant(Object raw) {
        if (raw instanceof Instant instant) {
            return instant;
        }
        if (raw instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (raw instanceof LocalDate date) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof java.time.LocalTime time) {
            return LocalDate.EPOCH.atTime(time).toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return Timestamps.parse(raw.toString());
    }

    /** A SQL array as a list, each element read by the element type. */
    public static List<Object> list(Array array, ColumnType.Kind kind) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] items = (Object[]) array.getArray();
        List<Object> list = new ArrayList<>(items.length);
        for (Object item : items) {
            list.add(convert(item, kind));
        }
        return list;
    }

    /** Reads a column with {@code wasNull} handled for primitives. */
    public static Object readNullable(ResultSet rs, int index, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}
