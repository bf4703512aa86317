package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.DbType;

import java.util.Objects;

import static io.prisma4j.migrate.diff.TypeChange.NOT_CASTABLE;
import static io.prisma4j.migrate.diff.TypeChange.RISKY_CAST;
import static io.prisma4j.migrate.diff.TypeChange.SAFE_CAST;

/**
 * Whether PostgreSQL can convert a column from one native type to another, and how safely. The table
 * follows Prisma's (a value either always fits, may not fit, or cannot be cast at all).
 */
final class PostgresCasts {
    private PostgresCasts() {
    }

    /** {@code null} when the types are the same (or equivalent), else how the change is carried out. */
    static TypeChange change(DbType previous, DbType next) {
        if (previous.equals(next)) {
            return null;
        }
        String to = next.name();
        Integer len = next.arg();
        boolean nextIsChar = to.equals("Char");
        boolean toVarOrChar = to.equals("VarChar") || to.equals("Char");
        return switch (previous.name()) {
            case "Inet" -> in(to, "Citext", "Text", "VarChar") ? SAFE_CAST : NOT_CASTABLE;
            case "Money" -> in(to, "Citext", "Text", "VarChar") ? SAFE_CAST : RISKY_CAST;
            case "Citext" -> in(to, "Text", "VarChar") ? SAFE_CAST : RISKY_CAST;
            case "Oid" -> in(to, "Text", "VarChar", "BigInt", "Integer") ? SAFE_CAST : NOT_CASTABLE;
            case "SmallInt" -> fromInteger(next, 3, 4, to.equals("Integer") || to.equals("BigInt"));
            case "Integer" -> to.equals("SmallInt") ? RISKY_CAST : fromInteger(next, 10, 11, to.equals("BigInt"));
            case "BigInt" -> in(to, "SmallInt", "Integer") ? RISKY_CAST : fromInteger(next, 19, 20, false);
            case "Decimal" -> fromDecimal(previous, next, nextIsChar);
            case "Real" -> fromFloat(to, len, nextIsChar, 47, true);
            case "DoublePrecision" -> fromFloat(to, len, nextIsChar, 317, false);
            case "VarChar" -> fromVarChar(previous.arg(), to, len, nextIsChar);
            case "Char" -> fromChar(previous.arg(), to, len, nextIsChar);
            case "Text" -> in(to, "Text", "Citext") || (to.equals("VarChar") && len == null) ? SAFE_CAST
                    : toVarOrChar ? RISKY_CAST : NOT_CASTABLE;
            case "ByteA" -> (to.equals("Text") || (to.equals("VarChar") && len == null)) ? SAFE_CAST
                    : (toVarOrChar && len != null && len > 2) ? RISKY_CAST : NOT_CASTABLE;
            case "Timestamp", "Timestamptz" -> fromTimestamp(previous, next, previous.name().equals("Timestamp") ? 22 : 27);
            case "Date" -> toText(to, len) || (toVarOrChar && len != null && len > 27) || in(to, "Timestamp", "Timestamptz")
                    ? SAFE_CAST : NOT_CASTABLE;
            case "Time", "Timetz" -> fromTime(previous, next, previous.name().equals("Time") ? 13 : 18);
            case "Boolean" -> in(to, "Text", "VarChar") || (nextIsChar && len != null && len > 4) ? SAFE_CAST
                    : (nextIsChar && len != null && len > 3) ? RISKY_CAST : NOT_CASTABLE;
            case "Bit" -> fromBit(previous.arg(), to, len);
            case "VarBit" -> fromVarBit(previous.arg(), to, len);
            case "Uuid" -> toText(to, len) || (toVarOrChar && len != null && len > 31) ? SAFE_CAST : NOT_CASTABLE;
            case "Xml" -> toText(to, len) ? SAFE_CAST : toVarOrChar ? RISKY_CAST : NOT_CASTABLE;
            case "Json" -> toText(to, len) || to.equals("JsonB") ? SAFE_CAST : toVarOrChar ? RISKY_CAST : NOT_CASTABLE;
            case "JsonB" -> toText(to, len) || to.equals("Json") ? SAFE_CAST : toVarOrChar ? RISKY_CAST : NOT_CASTABLE;
            default -> RISKY_CAST;
        };
    }

    private static boolean in(String name, String... names) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code TEXT} or unbounded {@code VARCHAR}. */
    private static boolean toText(String to, Integer len) {
        return to.equals("Text") || (to.equals("VarChar") && len == null);
    }

    /** Text, or characters enough for a value written with {@code chars} characters (dates and times). */
    private static boolean fitsAsText(DbType next, int chars) {
        Integer len = next.arg();
        return toText(next.name(), len) || (in(next.name(), "Char", "VarChar") && len != null && len > chars);
    }

    /** The same type, with the same precision or one of the two left to the default: no change at all. */
    private static boolean samePrecision(DbType previous, DbType next) {
        Integer len = next.arg();
        return next.name().equals(previous.name())
                && (len == null || previous.arg() == null || Objects.equals(previous.arg(), len));
    }

    /** Integers: {@code digits} digits fit a decimal, {@code chars} characters (sign included) fit a string. */
    private static TypeChange fromInteger(DbType next, int digits, int chars, boolean widerInteger) {
        String to = next.name();
        if (widerInteger || in(to, "Real", "DoublePrecision", "Text")) {
            return SAFE_CAST;
        }
        if (to.equals("Decimal")) {
            return next.args().size() == 2 && next.args().get(0) - next.args().get(1) < digits ? RISKY_CAST : SAFE_CAST;
        }
        if (in(to, "VarChar", "Char")) {
            Integer len = next.arg();
            if (len != null && len < chars) {
                return RISKY_CAST;
            }
            return len == null && to.equals("Char") ? RISKY_CAST : SAFE_CAST;
        }
        return NOT_CASTABLE;
    }

    private static TypeChange fromDecimal(DbType previous, DbType next, boolean nextIsChar) {
        boolean hasParams = previous.args().size() == 2;
        int p = hasParams ? previous.args().get(0) : 0;
        int s = hasParams ? previous.args().get(1) : 0;
        String to = next.name();
        switch (to) {
            case "SmallInt", "Integer", "BigInt" -> {
                int limit = to.equals("SmallInt") ? 2 : to.equals("Integer") ? 9 : 18;
                return !hasParams || s > 0 || p > limit ? RISKY_CAST : SAFE_CAST;
            }
            case "Decimal" -> {
                boolean nextParams = next.args().size() == 2;
                if (hasParams && !nextParams) {
                    return SAFE_CAST;
                }
                if (!hasParams && nextParams) {
                    return next.args().get(0) < 131072 || next.args().get(1) < 16383 ? RISKY_CAST : SAFE_CAST;
                }
                if (hasParams) {
                    int pn = next.args().get(0);
                    int sn = next.args().get(1);
                    return p - s > pn - sn || s > sn ? RISKY_CAST : SAFE_CAST;
                }
                return SAFE_CAST;
            }
            case "Real", "DoublePrecision" -> {
                return RISKY_CAST;
            }
            case "VarChar", "Char" -> {
                Integer len = next.arg();
                if (len != null && hasParams && s == 0 && p + 1 > len) {
                    return RISKY_CAST;
                }
                if (len != null && hasParams && s > 0 && p + 2 > len) {
                    return RISKY_CAST;
                }
                if (len != null && !hasParams && len < 131073) {
                    return RISKY_CAST;
                }
                return len == null && nextIsChar ? RISKY_CAST : SAFE_CAST;
            }
            case "Text" -> {
                return SAFE_CAST;
            }
            default -> {
                return NOT_CASTABLE;
            }
        }
    }

    private static TypeChange fromFloat(String to, Integer len, boolean nextIsChar, int chars, boolean real) {
        if (in(to, "SmallInt", "Integer", "BigInt", "Decimal") || (!real && to.equals("Real"))) {
            return RISKY_CAST;
        }
        if (in(to, "Real", "DoublePrecision", "Text")) {
            return SAFE_CAST;
        }
        if (in(to, "VarChar", "Char")) {
            if (len != null && len < chars) {
                return RISKY_CAST;
            }
            return len == null && nextIsChar ? RISKY_CAST : SAFE_CAST;
        }
        return NOT_CASTABLE;
    }

    private static TypeChange fromVarChar(Integer old, String to, Integer len, boolean nextIsChar) {
        if (to.equals("Text")) {
            return SAFE_CAST;
        }
        if (!in(to, "VarChar", "Char")) {
            return NOT_CASTABLE;
        }
        if (old == null && len == null) {
            return nextIsChar ? RISKY_CAST : SAFE_CAST;
        }
        if (old == null) {
            return RISKY_CAST;
        }
        if (len == null) {
            return old == 1 || !nextIsChar ? SAFE_CAST : RISKY_CAST;
        }
        return old > len ? RISKY_CAST : SAFE_CAST;
    }

    private static TypeChange fromChar(Integer old, String to, Integer len, boolean nextIsChar) {
        if (to.equals("Text")) {
            return SAFE_CAST;
        }
        if (!in(to, "VarChar", "Char")) {
            return NOT_CASTABLE;
        }
        if (old == null) {
            return SAFE_CAST;
        }
        if (len == null) {
            return old == 1 || !nextIsChar ? SAFE_CAST : RISKY_CAST;
        }
        return old > len ? RISKY_CAST : SAFE_CAST;
    }

    private static TypeChange fromTimestamp(DbType previous, DbType next, int chars) {
        String to = next.name();
        if (fitsAsText(next, chars)) {
            return SAFE_CAST;
        }
        if (samePrecision(previous, next)) {
            return null;
        }
        return in(to, "Timestamp", "Timestamptz", "Date", "Time", "Timetz") ? SAFE_CAST : NOT_CASTABLE;
    }

    private static TypeChange fromTime(DbType previous, DbType next, int chars) {
        String to = next.name();
        if (fitsAsText(next, chars)) {
            return SAFE_CAST;
        }
        if (samePrecision(previous, next)) {
            return null;
        }
        if (previous.name().equals("Time")) {
            return to.equals("Timetz") ? SAFE_CAST : NOT_CASTABLE;
        }
        return in(to, "Timetz", "Time") ? SAFE_CAST : NOT_CASTABLE;
    }

    private static TypeChange fromBit(Integer length, String to, Integer len) {
        if (length == null) {
            return in(to, "Text", "VarChar", "Char", "VarBit") ? SAFE_CAST : NOT_CASTABLE;
        }
        if (to.equals("Text") || (in(to, "VarChar", "VarBit") && len == null)) {
            return SAFE_CAST;
        }
        return in(to, "VarChar", "VarBit", "Char") && len != null && len >= length ? SAFE_CAST : NOT_CASTABLE;
    }

    private static TypeChange fromVarBit(Integer length, String to, Integer len) {
        if (length == null) {
            if (toText(to, len)) {
                return SAFE_CAST;
            }
            return in(to, "VarChar", "Char", "Bit") ? RISKY_CAST : NOT_CASTABLE;
        }
        if (to.equals("Text") || (in(to, "VarChar", "VarBit") && len == null)) {
            return SAFE_CAST;
        }
        if (to.equals("VarBit") && len > length) {
            return SAFE_CAST;
        }
        if (in(to, "VarChar", "Char") && len != null && len >= length) {
            return SAFE_CAST;
        }
        if (to.equals("Bit")) {
            return RISKY_CAST;
        }
        return in(to, "Char", "VarChar") ? RISKY_CAST : NOT_CASTABLE;
    }
}
