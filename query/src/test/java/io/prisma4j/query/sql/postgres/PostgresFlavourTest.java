package io.prisma4j.query.sql.postgres;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.SqlValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which values PostgreSQL gets typed: timestamps of timestamp columns, enums the search path finds, and the
 * values whose column type is the one the server would infer for them everywhere.
 */
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
              zone     DateTime @db.Timetz(3)
              price    Decimal  @db.Decimal(10, 2)
              cash     Decimal  @db.Money
              ratio    Float
              real     Float    @db.Real
              big      BigInt
              doc      Json
              plainDoc Json     @db.Json
              uid      String   @db.Uuid
              name     String   @db.Citext
              title    String
              amounts  Decimal[]
              days     DateTime[] @db.Date
              ids      String[] @db.Uuid
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
    void dateAndTimeColumnsGetTheirOwnTypes() {
        assertThat(bound("day", NOON)).isEqualTo(new SqlValue.Typed(NOON, "date"));
        assertThat(bound("time", NOON)).isEqualTo(new SqlValue.Typed(NOON, "time"));
        assertThat(bound("zone", NOON)).isEqualTo(new SqlValue.Typed(NOON, "timetz"));
    }

    @Test
    void numbersJsonAndStringsOfNativeTypesGetTheColumnsType() {
        BigDecimal price = new BigDecimal("12.50");
        assertThat(bound("price", price)).isEqualTo(new SqlValue.Typed(price, "numeric"));
        assertThat(bound("ratio", 0.5)).isEqualTo(new SqlValue.Typed(0.5, "float8"));
        assertThat(bound("big", 9_007_199_254_740_993L)).isEqualTo(new SqlValue.Typed(9_007_199_254_740_993L, "int8"));
        assertThat(bound("doc", new ParsedValue.JsonText("{}")))
                .isEqualTo(new SqlValue.Typed(new SqlValue.Json("{}"), "jsonb"));
        assertThat(bound("plainDoc", new ParsedValue.JsonText("{}")))
                .isEqualTo(new SqlValue.Typed(new SqlValue.Json("{}"), "json"));
        assertThat(bound("uid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))
                .isEqualTo(new SqlValue.Typed("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "uuid"));
        assertThat(bound("name", "Ada")).isEqualTo(new SqlValue.Typed("Ada", "citext"));
        assertThat(bound("title", "Ada")).isEqualTo(new SqlValue.Text("Ada"));
    }

    @Test
    void valuesWhoseParameterTypeIsNotAlwaysTheColumnsStayUntyped() {
        // money times a number is money * float8; avg(real) is a double precision; a BigInt within 32 bits
        // is bound as int8 already; a count compared with _count is not the field's Java type.
        assertThat(bound("cash", BigDecimal.ONE)).isEqualTo(BigDecimal.ONE);
        assertThat(bound("real", 0.5)).isEqualTo(0.5);
        assertThat(bound("big", 7L)).isEqualTo(7L);
        assertThat(bound("price", 3L)).isEqualTo(3L);
    }

    @Test
    void listElementsGetTheTypeTheirArrayIsCastTo() {
        ScalarField amounts = EVENT.scalarField("amounts").orElseThrow();
        assertThat(flavour.elementValue(amounts, BigDecimal.ONE)).isEqualTo(new SqlValue.Typed(BigDecimal.ONE, "numeric"));
        ScalarField days = EVENT.scalarField("days").orElseThrow();
        assertThat(flavour.elementValue(days, NOON)).isEqualTo(NOON);
        ScalarField ids = EVENT.scalarField("ids").orElseThrow();
        assertThat(flavour.elementValue(ids, "a")).isEqualTo("a");
    }

    @Test
    void enumsCarryTheirDatabaseTypeName() {
        assertThat(bound("kind", "TALK")).isEqualTo(new SqlValue.Enum("TALK", "event_kind"));
    }
}
