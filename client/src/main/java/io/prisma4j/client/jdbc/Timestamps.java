package io.prisma4j.client.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** DateTime text as the databases and Prisma's drivers write and read it, always in UTC. */
public final class Timestamps {
    private static final DateTimeFormatter SQL_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter SQL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS+00:00");
    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral(" UTC").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    /**
     * The last instant written in each of the two forms parameters use: one request's now() fills the
     * createdAt and updatedAt of all its rows (2,000 parameters of a createMany of 1,000).
     */
    private static volatile Formatted lastSqlMillis = new Formatted(Instant.EPOCH, format(Instant.EPOCH, ' ', true, ""));
    private static volatile Formatted lastIsoOffset = new Formatted(Instant.EPOCH, format(Instant.EPOCH, 'T', true, "+00:00"));

    private record Formatted(Instant instant, String text) {
    }

    private Timestamps() {
    }

    /** {@code 2024-03-01 10:00:00.000} (UTC). */
    public static String sqlMillis(Instant instant) {
        Formatted last = lastSqlMillis;
        if (!last.instant().equals(instant)) {
            last = new Formatted(instant, format(instant, ' ', true, ""));
            lastSqlMillis = last;
        }
        return last.text();
    }

    /** {@code 2024-03-01 10:00:00} or {@code 2024-03-01 10:00:00.123}: milliseconds only when not zero. */
    public static String sqlCompact(Instant instant) {
        return format(instant, ' ', instant.getNano() / 1_000_000 != 0, "");
    }

    /** {@code 2024-03-01T10:00:00.000+00:00}, how Prisma stores DateTime in SQLite. */
    public static String isoOffset(Instant instant) {
        Formatted last = lastIsoOffset;
        if (!last.instant().equals(instant)) {
            last = new Formatted(instant, format(instant, 'T', true, "+00:00"));
            lastIsoOffset = last;
        }
        return last.text();
    }

    /**
     * Formats by hand: these run once per DateTime parameter (twice per row of a createMany with
     * {@code createdAt} and {@code updatedAt}), where a DateTimeFormatter costs several times more.
     */
    private static String format(Instant instant, char separator, boolean millis, String suffix) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = local.getYear();
        if (year < 1 || year > 9999) {
            // Outside four-digit years the formatter's sign and padding rules apply.
            DateTimeFormatter formatter = separator == 'T' ? ISO_OFFSET : millis ? SQL_MILLIS : SQL_SECONDS;
            return formatter.format(local);
        }
        StringBuilder text = new StringBuilder(23 + suffix.length());
        pad(text, year, 4).append('-');
        pad(text, local.getMonthValue(), 2).append('-');
        pad(text, local.getDayOfMonth(), 2).append(separator);
        pad(text, local.getHour(), 2).append(':');
        pad(text, local.getMinute(), 2).append(':');
        pad(text, local.getSecond(), 2);
        if (millis) {
            pad(text.append('.'), local.getNano() / 1_000_000, 3);
        }
        return text.append(suffix).toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int digits) {
        for (int limit = 10, i = 1; i < digits; i++, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }

    public static Instant fromLocal(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
    }

    /**
     * Parses DateTime text in the forms databases and drivers produce ({@code 2024-01-01 00:00:00},
     * ISO with or without offset, {@code ...Z}), or a number of milliseconds since the epoch.
     */
    public static Instant parse(String text) {
        Instant stored = io.prisma4j.query.document.DateTimes.parseStored(text);
        if (stored != null) {
            return stored;
        }
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> Character.isDigit(c) || c == '-') && trimmed.indexOf('-', 1) < 0) {
            return Instant.ofEpochMilli(Long.parseLong(trimmed));
        }
        try {
            var parsed = FLEXIBLE.parse(trimmed);
            LocalDateTime local = LocalDateTime.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                    parsed.get(ChronoField.DAY_OF_MONTH), parsed.get(ChronoField.HOUR_OF_DAY),
                    parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0,
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
            int offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? parsed.get(ChronoField.OFFSET_SECONDS) : 0;
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offset)).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException("Cannot read the DateTime value \"" + text + "\" stored in the database", e);
        }
    }
}
