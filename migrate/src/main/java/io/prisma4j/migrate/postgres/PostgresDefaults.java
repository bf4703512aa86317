package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlValue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/** Column defaults as Prisma writes them in PostgreSQL DDL. */
final class PostgresDefaults {
    private PostgresDefaults() {
    }

    /** The default's SQL, {@code ""} when nothing is written (sequences), or {@code null} without default. */
    static String render(SqlDefault value, String fullDataType) {
        if (value == null) {
            return null;
        }
        if (value instanceof SqlDefault.DbGenerated g) {
            return g.expression() == null ? "" : g.expression();
        }
        if (value instanceof SqlDefault.Now) {
            return "CURRENT_TIMESTAMP";
        }
        if (value instanceof SqlDefault.Value v) {
            return constant(v.value(), fullDataType);
        }
        return "";
    }

    static String constant(SqlValue value, String fullDataType) {
        return switch (value.kind()) {
            case STRING, ENUM, JSON -> PostgresRenderer.literal(value.text());
            case DATETIME -> "'" + dateTime(value.text()) + "'";
            case BYTES -> "'\\x" + HexFormat.of().formatHex((byte[]) value.value()) + "'";
            case LIST -> "ARRAY[" + value.items().stream().map(v -> constant(v, fullDataType))
                    .collect(Collectors.joining(", ")) + "]::" + fullDataType;
            default -> value.literal();
        };
    }

    /** A datetime default as Prisma prints it ({@code 2024-01-01 00:00:00 +00:00}). */
    static String dateTime(String written) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(written);
            String fraction = time.getNano() == 0 ? "" : "." + String.format("%09d", time.getNano()).replaceAll("0+$", "");
            return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + fraction + " "
                    + time.format(DateTimeFormatter.ofPattern("xxx"));
        } catch (DateTimeParseException e) {
            return written;
        }
    }
}
