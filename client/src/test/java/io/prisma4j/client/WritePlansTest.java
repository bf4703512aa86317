package io.prisma4j.client;

import io.prisma4j.query.plan.ArgShape;
import io.prisma4j.query.plan.PlanCache;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Writes of one record repeated with other values run from a cached plan once their shape is learnt:
 * they send the same SQL as the full path, answer with the record as the database holds it (the request
 * time in @updatedAt included), and fail as the full path fails.
 */
class WritePlansTest {

    private final List<String> sql = new ArrayList<>();

    @EachDatabase
    void repeatedWritesRunFromAPlanAndAnswerAsTheDatabaseHoldsTheRecord(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            prisma.$on("query", e -> sql.add(e.query()));
            List<Map<String, Object>> created = new ArrayList<>();
            List<String> createSql = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sql.clear();
                Map<String, Object> user = prisma.model("user").create(map("data", map("email", "w" + i + "@example.com",
                        "name", "Writer " + i, "password", "pw" + i, "bio", "bio " + i)));
                createSql.addAll(sql);
                assertThat(user).isEqualTo(stored(db, user.get("id")));
                assertThat(user).containsEntry("email", "w" + i + "@example.com").containsEntry("role", "USER");
                created.add(user);
            }
            assertThat(createSql).as("every create sends the full path's statement").containsOnly(createSql.get(0));

            List<String> updateSql = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sql.clear();
                Map<String, Object> user = prisma.model("user").update(map("where", map("id", created.get(i).get("id")),
                        "data", map("name", "Renamed " + i)));
                updateSql.addAll(sql);
                assertThat(user).isEqualTo(stored(db, user.get("id"))).containsEntry("name", "Renamed " + i);
                assertThat((Instant) user.get("updatedAt")).isAfterOrEqualTo((Instant) created.get(i).get("updatedAt"));
            }
            assertThat(updateSql).containsOnly(updateSql.get(0));

            for (int i = 0; i < 4; i++) {
                String email = (i % 2 == 0 ? "w" : "new") + i + "@example.com";
                Map<String, Object> user = prisma.model("user").upsert(map("where", map("email", email),
                        "create", map("email", email, "name", "Created " + i, "password", "pw"),
                        "update", map("name", "Upserted " + i)));
                assertThat(user).isEqualTo(stored(db, user.get("id")))
                        .containsEntry("name", i % 2 == 0 ? "Upserted " + i : "Created " + i);
            }

            for (int i = 0; i < 4; i++) {
                Map<String, Object> before = stored(db, created.get(i).get("id"));
                Map<String, Object> deleted = prisma.model("user").delete(map("where", map("id", created.get(i).get("id"))));
                assertThat(deleted).isEqualTo(before);
                assertThat(stored(db, created.get(i).get("id"))).isNull();
            }

            PlanCache plans = prisma.runtime().plans();
            for (String action : List.of("create", "update", "upsert", "delete")) {
                Map<String, Object> args = switch (action) {
                    case "create" -> map("data", map("email", "a", "name", "b", "password", "c", "bio", "d"));
                    case "update" -> map("where", map("id", 1), "data", map("name", "x"));
                    case "upsert" -> map("where", map("email", "a"), "create", map("email", "a", "name", "b", "password", "c"),
                            "update", map("name", "x"));
                    default -> map("where", map("id", 1));
                };
                assertThat(plans.planned(ArgShape.of("user", action, args))).as("%s planned", action).isTrue();
            }
        }
    }

    @EachDatabase
    void aPlannedWriteFailsAsTheFullPathDoes(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            for (int i = 0; i < 3; i++) {
                prisma.model("user").create(map("data", map("email", "taken" + i + "@example.com", "name", "T",
                        "password", "pw", "bio", null)));
                prisma.model("user").update(map("where", map("id", 1), "data", map("name", "T" + i)));
            }
            Map<String, Object> duplicate = map("data", map("email", "taken0@example.com", "name", "Again", "password", "pw",
                    "bio", null));
            Map<String, Object> missing = map("where", map("id", 999_999), "data", map("name", "Nobody"));
            try (PrismaClient fresh = PrismaClient.builder()
                    .schema(Conformance.category("queries").resolve("blog").resolve("schema." + db.provider() + ".prisma"))
                    .datasourceUrl(db.url()).build()) {
                assertThat(failure(() -> prisma.model("user").create(duplicate)))
                        .isEqualTo(failure(() -> fresh.model("user").create(duplicate))).contains("P2002");
                assertThat(failure(() -> prisma.model("user").update(missing)))
                        .isEqualTo(failure(() -> fresh.model("user").update(missing))).contains("P2025");
            }
            assertThat(prisma.model("user").count(map())).isEqualTo(3);
        }
    }

    /** A plan learnt where two values were equal (an upsert's where and create) does not serve calls where they differ. */
    @EachDatabase
    void valuesEqualWhenLearntAndDifferentLaterAreAnotherShape(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            for (int i = 0; i < 3; i++) {
                String email = "same" + i + "@example.com";
                prisma.model("user").upsert(map("where", map("email", email),
                        "create", map("email", email, "name", "Same", "password", "pw"), "update", map("name", "Again")));
            }
            Map<String, Object> created = prisma.model("user").upsert(map("where", map("email", "where@example.com"),
                    "create", map("email", "create@example.com", "name", "Other", "password", "pw"),
                    "update", map("name", "Again")));
            assertThat(created).containsEntry("email", "create@example.com").containsEntry("name", "Other");
            assertThat(stored(db, created.get("id"))).containsEntry("email", "create@example.com");
        }
    }

    @EachDatabase
    void writesInAnInteractiveTransactionRunInFullAndRollBackWithIt(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            for (int i = 0; i < 3; i++) {
                prisma.model("user").create(map("data", map("email", "t" + i + "@example.com", "name", "T", "password", "pw")));
            }
            catchThrowable(() -> prisma.$transaction(tx -> {
                tx.model("user").create(map("data", map("email", "t9@example.com", "name", "T", "password", "pw")));
                throw new IllegalStateException("undo");
            }));
            assertThat(prisma.model("user").count(map())).isEqualTo(3);
        }
    }

    /** The user as a client that has never planned anything reads it; null when there is none. */
    private static Map<String, Object> stored(TestDatabase db, Object id) {
        try (PrismaClient fresh = PrismaClient.builder()
                .schema(Conformance.category("queries").resolve("blog").resolve("schema." + db.provider() + ".prisma"))
                .datasourceUrl(db.url()).build()) {
            Map<String, Object> user = fresh.model("user").findUnique(map("where", map("id", id)));
            return user == null ? null : new LinkedHashMap<>(user);
        }
    }

    private static String failure(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        if (thrown instanceof PrismaException prisma) {
            return prisma.code() + " " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
        }
        return thrown == null ? "no failure" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }
}
