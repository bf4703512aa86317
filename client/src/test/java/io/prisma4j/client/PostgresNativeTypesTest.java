package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL native types in writes and filters: scalar lists are written, pushed to and filtered on as
 * arrays of their column's type (uuid[], date[], smallint[], ...), not as text or timestamp arrays the
 * server will not compare with them; a {@code json} column (no operators of its own) is filtered as jsonb.
 */
class PostgresNativeTypesTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Reading {
              id     Int        @id @default(autoincrement())
              uids   String[]   @db.Uuid
              days   DateTime[] @db.Date
              smalls Int[]      @db.SmallInt
              zoned  DateTime[] @db.Timestamptz(3)
              doc    Json?      @db.Json
            }
            """;

    private static final String UID_A = "0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String UID_B = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11";

    @EachDatabase(DatabaseKind.POSTGRESQL)
    void nativeTypeListsAreWrittenAndFilteredAsTheirColumnsType(TestDatabase db) {
        db.execute("""
                CREATE TABLE "Reading" ("id" SERIAL PRIMARY KEY, "uids" UUID[], "days" DATE[], "smalls" SMALLINT[],
                  "zoned" TIMESTAMPTZ(3)[], "doc" JSON)""");
        try (PrismaClient prisma = PrismaClient.builder().schemaText(SCHEMA).datasourceUrl(db.url()).build()) {
            prisma.model("reading").create(map("data", map("uids", list(UID_A), "days", list("2024-02-29T00:00:00.000Z"),
                    "smalls", list(1, -2), "zoned", list("2024-02-29T23:59:59.123Z"),
                    "doc", map("tags", list("a", "b"), "n", 1))));
            prisma.model("reading").update(map("where", map("id", 1), "data", map("uids", map("push", UID_B),
                    "smalls", map("push", 7))));
            Map<String, Object> found = prisma.model("reading").findFirst(map("where", map(
                    "uids", map("has", UID_B),
                    "days", map("hasSome", list("2024-02-29T00:00:00.000Z", "2025-01-01T00:00:00.000Z")),
                    "smalls", map("hasEvery", list(1, 7)),
                    "zoned", map("equals", list("2024-02-29T23:59:59.123Z")))));
            assertThat(found).isNotNull().containsEntry("uids", List.of(UID_A, UID_B))
                    .containsEntry("days", List.of(Instant.parse("2024-02-29T00:00:00Z")))
                    .containsEntry("smalls", List.of(1, -2, 7));
            assertThat(prisma.model("reading").count(map("where", map("uids", map("hasSome", list(UID_B)))))).isEqualTo(1);
            assertThat(prisma.model("reading").count(map("where", map("smalls", map("has", 3))))).isEqualTo(0);
            assertThat(prisma.model("reading").count(map("where", map("doc", map("equals",
                    map("n", 1, "tags", list("a", "b"))))))).isEqualTo(1);
            assertThat(prisma.model("reading").count(map("where", map("doc", map("path", list("tags"),
                    "array_contains", list("b")))))).isEqualTo(1);
            assertThat(prisma.model("reading").count(map("where", map("doc", map("path", list("n"), "gt", 1))))).isEqualTo(0);
        }
    }
}
