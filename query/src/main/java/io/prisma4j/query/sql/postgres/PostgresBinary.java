package io.prisma4j.query.sql.postgres;

import java.time.Instant;

/**
 * PostgreSQL's binary forms of date and time values, as the server sends them to a statement prepared on
 * it: microseconds or days from 2000-01-01, big-endian. Read as the text forms are: a timestamp without
 * zone is UTC, a date is its midnight UTC, a time (its offset dropped) is on 1970-01-01.
 */
public final class PostgresBinary {
    /** Seconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01 (UTC). */
    private static final long EPOCH_SECONDS = 946_684_800L;
    private static final long EPOCH_DAYS = 10_957L;

    private PostgresBinary() {
    }

    /** A {@code timestamp} or {@code timestamptz}: 8 bytes of microseconds ({@code infinity} at either end). */
    public static Instant timestamp(byte[] bytes, int offset) {
        long micros = int64(bytes, offset);
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return micros > 0 ? Instant.MAX : Instant.MIN;
        }
        return Instant.ofEpochSecond(EPOCH_SECONDS + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** A {@code date}: 4 bytes of days ({@code infinity} at either end). */
    public static Instant date(byte[] bytes, int offset) {
        int days = int32(bytes, offset);
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            return days > 0 ? Instant.MAX : Instant.MIN;
        }
        return Instant.ofEpochSecond((EPOCH_DAYS + days) * 86_400L);
    }

    /** A {@code time}, or a {@code timetz} (whose 4 bytes of offset follow and are dropped): 8 bytes of microseconds. */
    public static Instant time(byte[] bytes, int offset) {
        return Instant.EPOCH.plusNanos(int64(bytes, offset) * 1_000L);
    }

    public static int int32(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16 | (bytes[offset + 2] & 0xFF) << 8
                | bytes[offset + 3] & 0xFF;
    }

    public static long int64(byte[] bytes, int offset) {
        return (int32(bytes, offset) & 0xFFFF_FFFFL) << 32 | int32(bytes, offset + 4) & 0xFFFF_FFFFL;
    }
}
