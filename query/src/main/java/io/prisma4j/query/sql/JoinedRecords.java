package io.prisma4j.query.sql;

import io.prisma4j.query.document.JsonValues;
import io.prisma4j.query.sql.postgres.PostgresBinary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads relations loaded with the "join" strategy from PostgreSQL's binary rows: a to-many relation is an
 * {@code array_agg} of {@code ROW(...)} values ({@code record[]}), a to-one relation one {@code record},
 * both as the server sends them in its binary format. Building JSON cost PostgreSQL more than the query
 * itself (every value formatted, every string escaped character by character); a row in binary is its
 * values as stored, each preceded by its type, so nothing is escaped on either side.
 *
 * <p>The layout is the one {@link JoinedJson} reads ({@link JoinedSlot}): a record's values in selection
 * order, then its position when asked for. Types without a plain binary form here (real, inet, bit,
 * xml) arrive as {@code json} values and are read as the JSON reader reads them; money as a numeric.
 */
final class JoinedRecords {
    private static final int BOOL = 16;
    private static final int BYTEA = 17;
    private static final int INT8 = 20;
    private static final int INT2 = 21;
    private static final int INT4 = 23;
    private static final int OID = 26;
    private static final int JSON = 114;
    private static final int FLOAT4 = 700;
    private static final int FLOAT8 = 701;
    private static final int DATE = 1082;
    private static final int TIME = 1083;
    private static final int TIMESTAMP = 1114;
    private static final int TIMESTAMPTZ = 1184;
    private static final int TIMETZ = 1266;
    private static final int NUMERIC = 1700;
    private static final int UUID_OID = 2950;
    private static final int JSONB = 3802;

    private final JoinedJson json;

    JoinedRecords(JoinedJson json) {
        this.json = json;
    }

    /** The related record(s) in one column's binary value, as result objects. */
    Object read(JoinedSlot.Relation relation, byte[] value) {
        if (value == null) {
            return relation.list() ? List.of() : null;
        }
        return relation(new Input(value), relation);
    }

    /** The relation at the reader's position; the caller moves past its value afterwards. */
    private Object relation(Input in, JoinedSlot.Relation relation) {
        if (!relation.list()) {
            return record(in, relation.record(), null, 0);
        }
        int dimensions = in.int32();
        in.int32(); // whether there are nulls: aggregated rows never are
        in.int32(); // element type: record
        if (dimensions == 0) {
            return List.of();
        }
        int count = in.int32();
        in.int32(); // lower bound
        List<Object> records = new ArrayList<>(count);
        long[] positions = relation.positioned() ? new long[count] : null;
        for (int i = 0; i < count; i++) {
            int length = in.int32();
            int next = in.pos + length;
            records.add(record(in, relation.record(), positions, i));
            in.pos = next;
        }
        if (positions != null) {
            return JoinedJson.inPositionOrder(records, positions);
        }
        if (relation.reversed()) {
            Collections.reverse(records);
        }
        return records;
    }

    private Map<String, Object> record(Input in, List<JoinedSlot> slots, long[] positions, int index) {
        int columns = in.int32();
        if (columns < slots.size() + (positions == null ? 0 : 1)) {
            throw new IllegalStateException("Malformed row of a joined relation: " + columns + " values for "
                    + slots.size() + " fields");
        }
        Map<String, Object> result = new LinkedHashMap<>(slots.size() * 4 / 3 + 1);
        for (JoinedSlot slot : slots) {
            int type = in.int32();
            int length = in.int32();
            int end = in.pos + Math.max(length, 0);
            if (slot instanceof JoinedSlot.Scalar scalar) {
                Object raw = length < 0 ? null : scalar(in, type, length, scalar);
                result.put(scalar.key(), Results.value(scalar.field(), raw));
            } else if (slot instanceof JoinedSlot.Relation relation) {
                result.put(relation.key(), length < 0 ? (relation.list() ? List.of() : null) : relation(in, relation));
            } else {
                result.put(slot.key(), counts(in, length, ((JoinedSlot.Count) slot).names()));
            }
            in.pos = end;
        }
        if (positions != null) {
            int type = in.int32();
            int length = in.int32();
            positions[index] = integer(in, type, length);
        }
        return result;
    }

    private static Map<String, Object> counts(Input in, int length, List<String> names) {
        Map<String, Object> counts = new LinkedHashMap<>();
        int columns = length < 0 ? 0 : in.int32();
        for (int i = 0; i < names.size(); i++) {
            int count = 0;
            if (i < columns) {
                int type = in.int32();
                int valueLength = in.int32();
                count = valueLength < 0 ? 0 : (int) integer(in, type, valueLength);
            }
            counts.put(names.get(i), count);
        }
        return counts;
    }

    /** A scalar value (not null) of the slot's field, as the plain row readers would return it. */
    private Object scalar(Input in, int type, int length, JoinedSlot.Scalar slot) {
        if (type == JSON && slot.kind() != ColumnType.Kind.JSON) {
            // A type sent as JSON (see the class comment): read as the JSON reader reads it.
            return json.scalar(in.text(length), slot);
        }
        if (slot.field().isList()) {
            return list(in, slot);
        }
        return convert(value(in, type, length), slot.kind());
    }

    private List<Object> list(Input in, JoinedSlot.Scalar slot) {
        int dimensions = in.int32();
        in.int32();
        int type = in.int32();
        if (dimensions == 0) {
            return new ArrayList<>();
        }
        int count = in.int32();
        in.int32();
        List<Object> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.int32();
            int next = in.pos + Math.max(length, 0);
            items.add(length < 0 ? null : convert(value(in, type, length), slot.kind()));
            in.pos = next;
        }
        return items;
    }

    /** A value in its binary form, as the Java value closest to it. */
    private static Object value(Input in, int type, int length) {
        return switch (type) {
            case BOOL -> in.bytes[in.pos] != 0;
            case INT2, INT4, INT8, OID -> integer(in, type, length);
            case FLOAT8 -> Double.longBitsToDouble(in.int64());
            case FLOAT4 -> (double) Float.intBitsToFloat(in.int32());
            case NUMERIC -> numeric(in);
            case BYTEA -> Arrays.copyOfRange(in.bytes, in.pos, in.pos + length);
            case TIMESTAMP, TIMESTAMPTZ -> PostgresBinary.timestamp(in.bytes, in.pos);
            case DATE -> PostgresBinary.date(in.bytes, in.pos);
            case TIME, TIMETZ -> PostgresBinary.time(in.bytes, in.pos);
            case UUID_OID -> new UUID(in.int64(), in.int64()).toString();
            case JSONB -> {
                in.pos++; // the format version
                yield in.text(length - 1);
            }
            // Text types, enums and extension types send their text.
            default -> in.text(length);
        };
    }

    private static long integer(Input in, int type, int length) {
        return switch (type) {
            case INT2 -> in.int16();
            case INT4 -> in.int32();
            case OID -> in.int32() & 0xFFFF_FFFFL;
            case INT8 -> in.int64();
            default -> throw new IllegalStateException("Expected an integer in a joined relation's row, found type "
                    + type + " (" + length + " bytes)");
        };
    }

    /** PostgreSQL's numeric: base-10000 digits, the weight of the first, a sign and the display scale. */
    private static BigDecimal numeric(Input in) {
        int digits = in.int16();
        int weight = in.int16();
        int sign = in.int16() & 0xFFFF;
        int scale = in.int16();
        if (sign != 0x0000 && sign != 0x4000) {
            throw new IllegalStateException("NaN and infinite decimals have no value in a result");
        }
        BigInteger unscaled;
        if (digits <= 4) {
            long small = 0;
            for (int i = 0; i < digits; i++) {
                small = small * 10_000 + in.int16();
            }
            unscaled = BigInteger.valueOf(small);
        } else {
            unscaled = BigInteger.ZERO;
            BigInteger base = BigInteger.valueOf(10_000);
            for (int i = 0; i < digits; i++) {
                unscaled = unscaled.multiply(base).add(BigInteger.valueOf(in.int16()));
            }
        }
        BigDecimal value = new BigDecimal(unscaled).scaleByPowerOfTen(4 * (weight - digits + 1));
        value = value.setScale(scale, RoundingMode.UNNECESSARY);
        return sign == 0x4000 ? value.negate() : value;
    }

    /** A value as the field's kind wants it, whatever the column's own type. */
    private static Object convert(Object value, ColumnType.Kind kind) {
        return switch (kind) {
            case INT -> value instanceof Number n ? (Object) n.intValue() : (int) JoinedJson.integerOfText(value.toString());
            case BIGINT -> value instanceof Number n ? (Object) n.longValue() : JoinedJson.integerOfText(value.toString());
            case FLOAT -> value instanceof Number n ? (Object) n.doubleValue() : Double.parseDouble(value.toString());
            case DECIMAL -> value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            case DATETIME -> value instanceof Instant i ? i : JoinedJson.parseDateTime(value.toString());
            case JSON -> JsonValues.parse(value.toString());
            default -> value;
        };
    }

    /** A forward reader of big-endian values over one column's bytes. */
    private static final class Input {
        final byte[] bytes;
        int pos;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int int16() {
            int value = (short) ((bytes[pos] & 0xFF) << 8 | bytes[pos + 1] & 0xFF);
            pos += 2;
            return value;
        }

        int int32() {
            int value = PostgresBinary.int32(bytes, pos);
            pos += 4;
            return value;
        }

        long int64() {
            long value = PostgresBinary.int64(bytes, pos);
            pos += 8;
            return value;
        }

        String text(int length) {
            String text = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return text;
        }
    }
}
