package io.prisma4j.client;

import io.prisma4j.query.plan.ArgShape;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, values whose column type is known are sent with that type: pgjdbc then never describes
 * a statement to learn a parameter's type, and so never waits for the server before executing it again
 * (its {@code flushIfDeadlockRisk}, one more round trip per execution). Creates, filters, updates and
 * planned reads of decimals, floats, big BigInts, json and jsonb, dates, times, uuids, xml, inet, bits,
 * citext and lists, each run 10 times on one connection (pgjdbc prepares a statement on its 5th run), send
 * no parameter of unspecified type, and every value reads back as written. Raw queries stay untyped, as
 * Prisma sends them, and show the extra round trip the log would catch.
 */
class TypedParametersTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            enum Unit {
              GRAM
              LITRE
            }

            model Reading {
              id      String    @id @db.Uuid
              price   Decimal   @db.Decimal(10, 2)
              amount  Decimal
              ratio   Float
              big     BigInt
              doc     Json
              plain   Json      @db.Json
              day     DateTime  @db.Date
              clock   DateTime  @db.Time(3)
              zoned   DateTime  @db.Timetz(3)
              at      DateTime
              markup  String    @db.Xml
              address String    @db.Inet
              flags   String    @db.Bit(4)
              bits    String    @db.VarBit(8)
              name    String    @db.Citext
              unit    Unit
              amounts Decimal[]
              units   Unit[]
            }
            """;

    private static final String DDL = """
            CREATE EXTENSION IF NOT EXISTS citext;
            CREATE TYPE "Unit" AS ENUM ('GRAM', 'LITRE');
            CREATE TABLE "Reading" ("id" UUID PRIMARY KEY, "price" DECIMAL(10,2) NOT NULL,
              "amount" DECIMAL(65,30) NOT NULL, "ratio" DOUBLE PRECISION NOT NULL, "big" BIGINT NOT NULL,
              "doc" JSONB NOT NULL, "plain" JSON NOT NULL, "day" DATE NOT NULL, "clock" TIME(3) NOT NULL,
              "zoned" TIMETZ(3) NOT NULL, "at" TIMESTAMP(3) NOT NULL, "markup" XML NOT NULL, "address" INET NOT NULL,
              "flags" BIT(4) NOT NULL, "bits" VARBIT(8) NOT NULL, "name" CITEXT NOT NULL, "unit" "Unit" NOT NULL,
              "amounts" DECIMAL(65,30)[], "units" "Unit"[])
            """;

    /**
     * The timetz column is written and filtered on, left out of most results, read back once at the end (as
     * its time on 1970-01-01, the offset dropped) and by a raw query as text.
     */
    private static final Map<String, Object> OMIT = map("zoned", true);
    private static final int RUNS = 10;
    private static final long BIG = 9_007_199_254_740_993L;

    @EachDatabase(DatabaseKind.POSTGRESQL)
    void everyValueOfAKnownColumnTypeGoesTypedAndReadsBackAsWritten(TestDatabase db) {
        db.execute(DDL);
        try (PrismaClient prisma = PrismaClient.builder().schemaText(SCHEMA)
                .datasourceUrl(db.url() + (db.url().contains("?") ? "&" : "?") + "connection_limit=1").build();
             ProtocolLog log = ProtocolLog.start()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String id = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd38%04d".formatted(i);
                ids.add(id);
                Map<String, Object> created = prisma.model("reading").create(map("data", data(i, id), "omit", OMIT));
                assertThat(created).isEqualTo(expected(i, id, created));
            }
            for (int i = 0; i < RUNS; i++) {
                Map<String, Object> where = map("id", ids.get(i), "price", new BigDecimal("12.5" + i),
                        "amount", map("gte", new BigDecimal("0.000001")), "ratio", 0.1 + i, "big", BIG + i,
                        "day", "2024-02-29T00:00:00.000Z", "clock", map("lt", "1970-01-01T23:00:00.000Z"),
                        "zoned", "1970-01-01T10:11:12.345Z", "at", "2024-02-29T23:59:59.123Z",
                        "address", "10.0.0." + i, "flags", "0101", "bits", map("in", list("101", "11")),
                        "name", "ADA " + i, "unit", "GRAM", "amounts", map("has", new BigDecimal("2.5")));
                Map<String, Object> found = prisma.model("reading").findFirst(map("where", where, "omit", OMIT));
                assertThat(found).as("find %d", i).isNotNull().containsEntry("id", ids.get(i));
            }
            for (int i = 0; i < RUNS; i++) {
                Map<String, Object> updated = prisma.model("reading").update(map("where", map("id", ids.get(i)),
                        "data", map("price", map("increment", new BigDecimal("1.25")), "ratio", map("multiply", 2.0),
                                "big", map("increment", 1), "doc", map("b", true), "plain", list(1, "two"),
                                "day", "2025-01-02T03:04:05.000Z", "clock", "1970-01-01T01:02:03.004Z",
                                "zoned", "1970-01-01T05:06:07.008Z", "markup", "<b>" + i + "</b>",
                                "address", "10.1.0." + i, "flags", "1111", "bits", "0", "name", "Bo " + i,
                                "amounts", map("push", new BigDecimal("7"))), "select", map("price", true,
                                "ratio", true, "big", true, "doc", true, "plain", true, "day", true, "clock", true,
                                "markup", true, "address", true, "flags", true, "bits", true,
                                "name", true, "amounts", true)));
                assertThat((BigDecimal) updated.get("price"))
                        .isEqualByComparingTo(new BigDecimal("12.5" + i).add(new BigDecimal("1.25")));
                assertThat(updated).containsEntry("ratio", (0.1 + i) * 2).containsEntry("big", BIG + i + 1)
                        .containsEntry("doc", map("b", true)).containsEntry("plain", list(1, "two"))
                        .containsEntry("day", Instant.parse("2025-01-02T00:00:00Z"))
                        .containsEntry("clock", Instant.parse("1970-01-01T01:02:03.004Z"))
                        .containsEntry("markup", "<b>" + i + "</b>").containsEntry("address", "10.1.0." + i)
                        .containsEntry("flags", "1111").containsEntry("bits", "0").containsEntry("name", "Bo " + i);
                assertThat(decimals(updated.get("amounts"))).containsExactly("1", "2.5", "7");
            }
            for (int i = 0; i < RUNS; i++) {
                assertThat(prisma.model("reading").findUnique(map("where", map("id", ids.get(i)))))
                        .containsEntry("name", "Bo " + i)
                        .containsEntry("zoned", Instant.parse("1970-01-01T05:06:07.008Z"));
            }
            // A read by uuid runs from a plan, whose parameters keep their type (checked below).
            assertThat(prisma.runtime().plans().planned(ArgShape.of("reading", "findUnique",
                    map("where", map("id", ids.get(0)))))).isTrue();

            List<String> parses = log.parses("\"Reading\"");
            assertThat(parses).isNotEmpty();
            for (String parse : parses) {
                assertThat(ProtocolLog.oids(parse)).as(parse).isNotEmpty().doesNotContain("0");
            }
            assertThat(log.count("FE=> Describe(statement=")).isZero();
            assertThat(log.count("Forcing Sync")).isZero();

            // The control: a raw query's parameter has no type, and from its 6th run on pgjdbc waits each time.
            for (int i = 0; i < RUNS; i++) {
                assertThat(prisma.$queryRawUnsafe("SELECT \"zoned\"::text AS zoned FROM \"Reading\" WHERE \"id\" = $1::uuid",
                        ids.get(i))).containsExactly(map("zoned", "05:06:07.008+00"));
            }
            assertThat(log.count("FE=> Describe(statement=")).isEqualTo(1);
            assertThat(log.count("Forcing Sync")).isEqualTo(RUNS - 5);
        }
    }

    private static Map<String, Object> data(int i, String id) {
        return map("id", id, "price", new BigDecimal("12.5" + i), "amount", new BigDecimal("0.000001"),
                "ratio", 0.1 + i, "big", BIG + i, "doc", map("a", list(1, "x")), "plain", map("z", 1, "a", 2),
                "day", "2024-02-29T13:14:15.123Z", "clock", "2024-02-29T10:11:12.345Z",
                "zoned", "2024-02-29T10:11:12.345Z", "at", "2024-02-29T23:59:59.123Z", "markup", "<a>" + i + "</a>",
                "address", "10.0.0." + i, "flags", "0101", "bits", "101", "name", "Ada " + i, "unit", "GRAM",
                "amounts", list(new BigDecimal("1"), new BigDecimal("2.50")), "units", list("LITRE", "GRAM"));
    }

    /** What a create returns: the values as the columns' types keep them. */
    private static Map<String, Object> expected(int i, String id, Map<String, Object> created) {
        assertThat((BigDecimal) created.get("price")).isEqualByComparingTo("12.5" + i);
        assertThat((BigDecimal) created.get("amount")).isEqualByComparingTo("0.000001");
        assertThat(decimals(created.get("amounts"))).containsExactly("1", "2.5");
        return map("id", id, "price", created.get("price"), "amount", created.get("amount"), "ratio", 0.1 + i,
                "big", BIG + i, "doc", map("a", list(1, "x")), "plain", map("z", 1, "a", 2),
                "day", Instant.parse("2024-02-29T00:00:00Z"), "clock", Instant.parse("1970-01-01T10:11:12.345Z"),
                "at", Instant.parse("2024-02-29T23:59:59.123Z"),
                "markup", "<a>" + i + "</a>", "address", "10.0.0." + i, "flags", "0101", "bits", "101",
                "name", "Ada " + i, "unit", "GRAM", "amounts", created.get("amounts"), "units", list("LITRE", "GRAM"));
    }

    private static List<String> decimals(Object list) {
        return ((List<?>) list).stream().map(d -> ((BigDecimal) d).stripTrailingZeros().toPlainString()).toList();
    }
}
