package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single writes send no more statements than the database needs: a create, a delete and an upsert
 * Prisma writes natively return their row from the write itself where the database has RETURNING
 * (PostgreSQL, SQLite, MariaDB 10.5+ for INSERT and DELETE), and a nested create is not read back.
 */
class WriteStatementsTest {

    private record Counted(Map<String, Object> result, int statements) {
    }

    private static Counted counted(PrismaClient prisma, Supplier<Map<String, Object>> call) {
        AtomicInteger count = new AtomicInteger();
        PrismaClient listening = prisma.$extends(Extension.builder().build());
        listening.$on("query", e -> count.incrementAndGet());
        Map<String, Object> result = call.get();
        return new Counted(result, count.get());
    }

    @EachDatabase
    void createAndDeleteReturnTheirRowFromOneStatement(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            Counted created = counted(prisma, () -> prisma.model("user").create(map("data",
                    map("email", "ada@example.com", "name", "Ada", "password", "pw"))));
            assertThat(created.statements()).isEqualTo(1);
            assertThat(created.result()).containsEntry("email", "ada@example.com").containsEntry("role", "USER")
                    .containsEntry("isActive", true).containsEntry("bio", null);

            Counted deleted = counted(prisma, () -> prisma.model("user").delete(map("where",
                    map("id", created.result().get("id")))));
            assertThat(deleted.statements()).isEqualTo(1);
            assertThat(deleted.result()).isEqualTo(created.result());
        }
    }

    @EachDatabase
    void nestedCreateInsertsChildrenInOneStatementAndReadsNothingBack(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            Counted created = counted(prisma, () -> prisma.model("user").create(map("data",
                    map("email", "bo@example.com", "name", "Bo", "password", "pw", "posts", map("create", list(
                            map("title", "One", "slug", "one", "content", "..."),
                            map("title", "Two", "slug", "two", "content", "...")))))));
            assertThat(created.statements()).isEqualTo(2);
            assertThat(created.result()).containsEntry("email", "bo@example.com").containsEntry("name", "Bo");
            assertThat(prisma.model("post").count(map("where", map("authorId", created.result().get("id")))))
                    .isEqualTo(2);
        }
    }

    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.SQLITE})
    void upsertOnAUniqueWhereIsOneStatementWhereTheDatabaseHasOne(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            Map<String, Object> args = map("where", map("email", "cy@example.com"),
                    "create", map("email", "cy@example.com", "name", "Cy", "password", "pw"),
                    "update", map("name", "Cy again"));
            Counted created = counted(prisma, () -> prisma.model("user").upsert(args));
            Counted updated = counted(prisma, () -> prisma.model("user").upsert(args));
            assertThat(created.statements()).isEqualTo(1);
            assertThat(updated.statements()).isEqualTo(1);
            assertThat(created.result()).containsEntry("name", "Cy");
            assertThat(updated.result()).containsEntry("name", "Cy again").containsEntry("id", created.result().get("id"));
        }
    }
}
