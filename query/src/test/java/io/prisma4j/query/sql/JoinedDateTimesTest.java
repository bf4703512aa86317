package io.prisma4j.query.sql;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DateTime text inside joined JSON, in every form the three databases write it. */
class JoinedDateTimesTest {

    @Test
    void zonelessTextIsUtc() {
        assertThat(JoinedJson.parseDateTime("2024-01-01T00:01:00")).isEqualTo(Instant.parse("2024-01-01T00:01:00Z"));
        assertThat(JoinedJson.parseDateTime("2024-01-01 00:01:00.123")).isEqualTo(Instant.parse("2024-01-01T00:01:00.123Z"));
        assertThat(JoinedJson.parseDateTime("2024-02-29T23:59:59.123456")).isEqualTo(Instant.parse("2024-02-29T23:59:59.123456Z"));
    }

    @Test
    void offsetsInEveryForm() {
        Instant expected = Instant.parse("2024-01-01T05:01:00.500Z");
        assertThat(JoinedJson.parseDateTime("2024-01-01T00:01:00.5-05")).isEqualTo(expected);
        assertThat(JoinedJson.parseDateTime("2024-01-01T00:01:00.5-05:00")).isEqualTo(expected);
        assertThat(JoinedJson.parseDateTime("2024-01-01T00:01:00.5-0500")).isEqualTo(expected);
        assertThat(JoinedJson.parseDateTime("2024-01-01T05:01:00.5Z")).isEqualTo(expected);
        assertThat(JoinedJson.parseDateTime("2024-01-01T10:31:00.500+05:30")).isEqualTo(expected);
    }

    @Test
    void datesAndTimesAloneAsTheRowReadersReadThem() {
        assertThat(JoinedJson.parseDateTime("2024-02-29")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(JoinedJson.parseDateTime("10:11:12.345")).isEqualTo(Instant.parse("1970-01-01T10:11:12.345Z"));
        assertThat(JoinedJson.parseDateTime("10:11:12")).isEqualTo(Instant.parse("1970-01-01T10:11:12Z"));
        assertThat(JoinedJson.parseDateTime("10:11:12.5+02:00")).isEqualTo(Instant.parse("1970-01-01T10:11:12.500Z"));
    }

    @Test
    void otherFormsTakeTheGeneralPath() {
        assertThat(JoinedJson.parseDateTime(" 2024-01-01T00:01:00Z ")).isEqualTo(Instant.parse("2024-01-01T00:01:00Z"));
        assertThat(JoinedJson.parseDateTime("1970-01-01T00:00:00")).isEqualTo(Instant.EPOCH);
        assertThatThrownBy(() -> JoinedJson.parseDateTime("2024-13-01T00:00:00")).isInstanceOf(java.time.DateTimeException.class);
    }
}
