package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.DbType;

import java.util.List;
import java.util.Objects;

import static io.prisma4j.migrate.diff.TypeChange.NOT_CASTABLE;
import static io.prisma4j.migrate.diff.TypeChange.RISKY_CAST;
import static io.prisma4j.migrate.diff.TypeChange.SAFE_CAST;

/**
 * Whether MySQL can convert a column between two native types. Prisma's table, grouped: integers widen
 * safely and narrow riskily, anything becomes text safely (text that is too short riskily), numbers and
 * dates do not convert into each other, and JSON only to and from text.
 */
final class MySqlCasts {
    private static final List<String> INTEGERS = List.of("TinyInt", "UnsignedTinyInt", "SmallInt", "UnsignedSmallInt",
            "Year", "MediumInt", "UnsignedMediumInt", "Int", "UnsignedInt", "BigInt", "UnsignedBigInt");
    private static final List<String> LONG_TEXT = List.of("TinyText", "Text", "MediumText", "LongText", "TinyBlob",
            "Blob", "MediumBlob", "LongBlob");
    private static final List<String> BOUNDED_TEXT = List.of("Char", "VarChar", "Binary", "VarBinary");
    private static final List<String> FLOATS = List.of("Float", "Double", "Decimal");
    private static final List<String> DATES = List.of("Date", "Time", "DateTime", "Timestamp");

    private MySqlCasts() {
    }

    /** Capacity of a text or blob type: tiny, normal, medium, long. */
    private static int size(String name) {
        return name.startsWith("Tiny") ? 0 : name.startsWith("Medium") ? 2 : name.startsWith("Long") ? 3 : 1;
    }

    static TypeChange change(DbType previous, DbType next) {
        if (previous.equals(next)) {
            return null;
        }
        String from = previous.name();
        String to = next.name();
        if (LONG_TEXT.contains(to)) {
            return LONG_TEXT.contains(from) && size(to) < size(from) ? RISKY_CAST
                    : from.equals("Json") && to.endsWith("Blob") ? NOT_CASTABLE : SAFE_CAST;
        }
        if (BOUNDED_TEXT.contains(to)) {
            if (BOUNDED_TEXT.contains(from)) {
                return Objects.requireNonNullElse(previous.arg(), 0) > Objects.requireNonNullElse(next.arg(), 0)
                        ? RISKY_CAST : SAFE_CAST;
            }
            return RISKY_CAST;
        }
        if (INTEGERS.contains(to)) {
            if (INTEGERS.contains(from)) {
                return INTEGERS.indexOf(to) >= INTEGERS.indexOf(from) ? SAFE_CAST : RISKY_CAST;
            }
            return DATES.contains(from) || from.equals("Json") ? NOT_CASTABLE : RISKY_CAST;
        }
        if (FLOATS.contains(to)) {
            if (INTEGERS.contains(from) || from.equals("Float") && !to.equals("Decimal")) {
                return SAFE_CAST;
            }
            return DATES.contains(from) || from.equals("Json") ? NOT_CASTABLE : RISKY_CAST;
        }
        if (DATES.contains(to)) {
            if (DATES.contains(from)) {
                return from.equals(to) && Objects.requireNonNullElse(previous.arg(), 0)
                        > Objects.requireNonNullElse(next.arg(), 0) ? RISKY_CAST : SAFE_CAST;
            }
            return LONG_TEXT.contains(from) || BOUNDED_TEXT.contains(from) ? RISKY_CAST : NOT_CASTABLE;
        }
        if (to.equals("Json")) {
            return LONG_TEXT.contains(from) || BOUNDED_TEXT.contains(from) ? RISKY_CAST : NOT_CASTABLE;
        }
        if (to.equals("Bit")) {
            return INTEGERS.contains(from) || from.equals("Bit") ? RISKY_CAST : NOT_CASTABLE;
        }
        return RISKY_CAST;
    }
}
