package io.prisma4j.query.sql.postgres;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's binary dates and times read as their text forms are read, infinities included. */
class PostgresBinaryTest {

    private static byte[] int64(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    @Test
    void timestampsCountMicrosecondsFrom2000() {
        assertThat(PostgresBinary.timestamp(int64(0), 0)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(PostgresBinary.timestamp(int64(-1), 0)).isEqualTo(Instant.parse("1999-12-31T23:59:59.999999Z"));
        assertThat(PostgresBinary.timestamp(int64(762_566_399_123_000L), 0))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.123Z"));
        assertThat(PostgresBinary.timestamp(int64(Long.MAX_VALUE), 0)).isEqualTo(Instant.MAX);
        assertThat(PostgresBinary.timestamp(int64(Long.MIN_VALUE), 0)).isEqualTo(Instant.MIN);
    }

    @Test
    void datesAreTheirMidnightAndTimesAreOnTheFirstDayOf1970() {
        assertThat(PostgresBinary.date(int32(8_825), 0)).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(PostgresBinary.date(int32(-10_957), 0)).isEqualTo(Instant.EPOCH);
        assertThat(PostgresBinary.date(int32(Integer.MAX_VALUE), 0)).isEqualTo(Instant.MAX);
        assertThat(PostgresBinary.time(int64(36_672_345_000L), 0)).isEqualTo(Instant.parse("1970-01-01T10:11:12.345Z"));
    }
}
