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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Single writes send no more statements than the database needs: a create, a delete and an upsert
 * Prisma writes natively return their row from the write itself where the database has RETURNING
 * (PostgreSQL, SQLite, MariaDB 10.5+ for INSERT and DELETE), a nested create is not read back, and on
 * MariaDB an update and its read-back are one block.
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

    /** Natively on PostgreSQL and SQLite; on MariaDB as one block (the update, then the read or the insert). */
    @EachDatabase
    void upsertOnAUniqueWhereIsOneStatement(TestDatabase db) {
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
            if (db.kind() == DatabaseKind.MYSQL) {
                // The next auto-increment id is the one after Cy's: the update spent none.
                Map<String, Object> next = prisma.model("user").create(map("data",
                        map("email", "di@example.com", "name", "Di", "password", "pw")));
                assertThat(((Number) next.get("id")).longValue())
                        .isEqualTo(((Number) created.result().get("id")).longValue() + 1);
            }
        }
    }

    /**
     * MariaDB has no UPDATE ... RETURNING: the update and its read-back go as one block. The record comes
     * back even when the update changes no value, a missing record is P2025, and a failed block leaves
     * no transaction open on the connection.
     */
    @EachDatabase(DatabaseKind.MYSQL)
    void updateAndItsReadBackAreOneStatementOnMariaDb(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog", "connection_limit=1")) {
            Map<String, Object> ada = prisma.model("user").create(map("data",
                    map("email", "ada@example.com", "name", "Ada", "password", "pw")));
            prisma.model("user").create(map("data", map("email", "bo@example.com", "name", "Bo", "password", "pw")));

            Counted renamed = counted(prisma, () -> prisma.model("user").update(map("where", map("id", ada.get("id")),
                    "data", map("name", "Ada L."), "select", map("id", true, "name", true, "updatedAt", true))));
            assertThat(renamed.statements()).isEqualTo(1);
            assertThat(renamed.result()).containsEntry("id", ada.get("id")).containsEntry("name", "Ada L.");

            Counted unchanged = counted(prisma, () -> prisma.model("user").update(map("where", map("email", "ada@example.com"),
                    "data", map("name", "Ada L.", "updatedAt", renamed.result().get("updatedAt")))));
            assertThat(unchanged.statements()).isEqualTo(1);
            assertThat(unchanged.result()).containsEntry("name", "Ada L.").containsEntry("email", "ada@example.com");

            assertThatThrownBy(() -> prisma.model("user").update(map("where", map("id", 999_999), "data", map("name", "X"))))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("P2025"));
            assertThatThrownBy(() -> prisma.model("user").update(map("where", map("email", "bo@example.com"),
                    "data", map("email", "ada@example.com"))))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("P2002"));
            assertThatThrownBy(() -> prisma.model("user").update(map("where", map("id", ada.get("id")),
                    "data", map("name", "x".repeat(300)))))
                    .isInstanceOf(PrismaClientKnownRequestException.class);
            assertThat(((Number) prisma.$queryRawUnsafe("SELECT @@in_transaction AS open").get(0).get("open")).intValue())
                    .as("no transaction left open").isZero();
            assertThat(prisma.model("user").findUnique(map("where", map("id", ada.get("id")))))
                    .containsEntry("name", "Ada L.");
        }
    }

    @EachDatabase(DatabaseKind.MYSQL)
    void updateInAnInteractiveTransactionIsUndoneWithIt(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            Map<String, Object> ada = prisma.model("user").create(map("data",
                    map("email", "ada@example.com", "name", "Ada", "password", "pw")));
            assertThatThrownBy(() -> prisma.$transaction(tx -> {
                Map<String, Object> renamed = tx.model("user").update(map("where", map("id", ada.get("id")),
                        "data", map("name", "Renamed")));
                assertThat(renamed).containsEntry("name", "Renamed");
                throw new IllegalStateException("undo");
            })).hasMessage("undo");
            assertThat(prisma.model("user").findUnique(map("where", map("id", ada.get("id"))))).containsEntry("name", "Ada");
        }
    }

    /**
     * Upserts racing to create the same record end as Prisma's do: one creates it, each other one updates
     * it or fails with P2002, none deadlocks.
     */
    @EachDatabase(DatabaseKind.MYSQL)
    void concurrentUpsertsOfOneNewRecordCreateItOnce(TestDatabase db) throws Exception {
        try (PrismaClient prisma = Fixtures.client(db, "blog", "connection_limit=8")) {
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 20; round++) {
                    String email = "race" + round + "@example.com";
                    Map<String, Object> args = map("where", map("email", email),
                            "create", map("email", email, "name", "First", "password", "pw"),
                            "update", map("name", "Again"));
                    java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
                    for (int t = 0; t < 8; t++) {
                        outcomes.add(threads.submit(() -> {
                            try {
                                return (String) prisma.model("user").upsert(args).get("email");
                            } catch (PrismaClientKnownRequestException e) {
                                return e.code();
                            }
                        }));
                    }
                    for (java.util.concurrent.Future<String> outcome : outcomes) {
                        assertThat(outcome.get()).isIn(email, "P2002");
                    }
                    assertThat(prisma.model("user").count(map("where", map("email", email)))).isEqualTo(1);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
