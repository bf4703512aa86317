package io.prisma4j.migrate.describe;

import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/** Turns a default's SQL text into a typed default, for the parts every database shares. */
public final class DefaultParsing {
    private DefaultParsing() {
    }

    /** A number, boolean or string constant typed by the column's family, else {@code null}. */
    public static SqlValue constant(String text, ColumnTypeFamily family) {
        String value = text.strip();
        try {
            switch (family) {
                case INT, BIGINT -> {
                    BigInteger number = new BigDecimal(value).toBigIntegerExact();
                    return new SqlValue(family == ColumnTypeFamily.INT ? SqlValue.Kind.INT : SqlValue.Kind.BIGINT, number);
                }
                case FLOAT, DECIMAL -> {
                    return new SqlValue(SqlValue.Kind.FLOAT, new BigDecimal(value));
                }
                case BOOLEAN -> {
                    String lower = value.toLowerCase(Locale.ROOT);
                    if (lower.equals("true") || lower.equals("1") || lower.equals("'t'") || lower.equals("t")) {
                        return new SqlValue(SqlValue.Kind.BOOLEAN, Boolean.TRUE);
                    }
                    if (lower.equals("false") || lower.equals("0") || lower.equals("'f'") || lower.equals("f")) {
                        return new SqlValue(SqlValue.Kind.BOOLEAN, Boolean.FALSE);
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** {@code 'it''s'} → {@code it's}; {@code null} when {@code text} is not one quoted literal. */
    public static String unquote(String text) {
        String value = text.strip();
        if (value.length() < 2 || value.charAt(0) != '\'') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i == value.length() - 1 ? out.toString() : null;
            }
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '\\') {
                out.append('\\');
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return null;
    }

    /** A typed default for a string-like column. */
    public static SqlDefault textDefault(String literal, ColumnTypeFamily family, boolean isEnum) {
        if (isEnum) {
            return SqlDefault.value(SqlValue.enumValue(literal));
        }
        if (family == ColumnTypeFamily.JSON) {
            return SqlDefault.value(new SqlValue(SqlValue.Kind.JSON, literal));
        }
        if (family == ColumnTypeFamily.DATETIME) {
            return SqlDefault.value(new SqlValue(SqlValue.Kind.DATETIME, literal));
        }
        SqlValue typed = constant(literal, family);
        return SqlDefault.value(typed != null ? typed : SqlValue.string(literal));
    }
}
