package io.prisma4j.query.sql.postgres;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.SqlValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which values PostgreSQL gets typed: timestamps of timestamp columns and enums the search path finds. */
class PostgresFlavourTest {
    private static final Model EVENT = PrismaSchema.parse("""
            datasource db {
              provider = "postgresql"
              url      = "postgresql://localhost/db"
            }
            enum Kind {
              TALK
              @@map("event_kind")
            }
            model Event {
              id       Int      @id
              at       DateTime
              zoned    DateTime @db.Timestamptz(3)
              day      DateTime @db.Date
              time     DateTime @db.Time(3)
              kind     Kind
            }
            """).dataModel().requireModel("Event");
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00.123Z");
    private final PostgresFlavour flavour = new PostgresFlavour();

    private Object bound(String field, Object value) {
        ScalarField scalar = EVENT.scalarField(field).orElseThrow();
        return flavour.bindValue(scalar, value);
    }

    @Test
    void timestampColumnsGetTypedDateTimes() {
        assertThat(bound("at", NOON)).isEqualTo(new SqlValue.Timestamp(NOON, false));
        assertThat(bound("zoned", NOON)).isEqualTo(new SqlValue.Timestamp(NOON, true));
    }

    @Test
    void dateAndTimeColumnsLeaveTheTypeToTheServer() {
        assertThat(bound("day", NOON)).isEqualTo(NOON);
        assertThat(bound("time", NOON)).isEqualTo(NOON);
    }

    @Test
    void enumsCarryTheirDatabaseTypeName() {
        assertThat(bound("kind", "TALK")).isEqualTo(new SqlValue.Enum("TALK", "event_kind"));
    }
}
