package io.prisma4j.migrate.schema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A constant default value. {@code value} is a {@link java.math.BigInteger} for {@code INT} and
 * {@code BIGINT}, a {@link BigDecimal} for {@code FLOAT}, a {@link Boolean}, a {@link String} for
 * {@code STRING}, {@code ENUM}, {@code JSON} and {@code DATETIME} (as written), a {@code byte[]} for
 * {@code BYTES}, and a {@code List<SqlValue>} for {@code LIST}.
 */
public record SqlValue(Kind kind, Object value) {

    /** What kind of constant. */
    public enum Kind {
        INT, BIGINT, FLOAT, BOOLEAN, STRING, ENUM, JSON, DATETIME, BYTES, LIST
    }

    public SqlValue {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
    }

    public static SqlValue string(String value) {
        return new SqlValue(Kind.STRING, value);
    }

    public static SqlValue enumValue(String value) {
        return new SqlValue(Kind.ENUM, value);
    }

    public static SqlValue list(List<SqlValue> values) {
        return new SqlValue(Kind.LIST, List.copyOf(values));
    }

    public String text() {
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    public List<SqlValue> items() {
        return (List<SqlValue>) value;
    }

    public boolean isTextual() {
        return kind == Kind.STRING || kind == Kind.ENUM;
    }

    /** The value as SQL renders an unquoted literal: numbers and booleans. */
    public String literal() {
        return switch (kind) {
            case FLOAT -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            case BYTES -> Arrays.toString((byte[]) value);
            default -> value.toString();
        };
    }

    /** Equality as Prisma compares defaults: numbers by value, bytes by content. */
    public boolean sameAs(SqlValue other) {
        if (kind == Kind.BYTES && other.kind == Kind.BYTES) {
            return Arrays.equals((byte[]) value, (byte[]) other.value);
        }
        if (isNumber() && other.isNumber()) {
            return new BigDecimal(value.toString()).compareTo(new BigDecimal(other.value.toString())) == 0;
        }
        if (kind == Kind.LIST && other.kind == Kind.LIST) {
            List<SqlValue> a = items();
            List<SqlValue> b = other.items();
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).sameAs(b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return kind == other.kind && value.equals(other.value);
    }

    public boolean isNumber() {
        return kind == Kind.INT || kind == Kind.BIGINT || kind == Kind.FLOAT;
    }

    @Override
    public String toString() {
        return kind + "(" + literal() + ")";
    }
}
