package io.prisma4j.client;

import io.prisma4j.query.plan.ArgShape;
import io.prisma4j.query.plan.PlanCache;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Reads repeated with other values run from a cached plan: they must answer, fail and send SQL exactly
 * as the full path does. Each call is compared with the same call on a client that has never seen its
 * shape (so runs it in full).
 */
class QueryPlansTest {

    private final List<String> plannedSql = new ArrayList<>();

    @EachDatabase
    void repeatedReadsAnswerAsTheFullPathDoes(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            prisma.$on("query", e -> plannedSql.add(e.query() + " " + e.params()));
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> user = prisma.model("user").create(map("data", map("email", "u" + i + "@example.com",
                        "name", i % 2 == 0 ? "even" : "odd " + i, "password", "p", "bio", i % 3 == 0 ? null : "bio " + i,
                        "role", i == 1 ? "ADMIN" : "USER")));
                ids.add((Integer) user.get("id"));
            }
            List<Function<Integer, Object[]>> shapes = List.of(
                    i -> new Object[]{"findUnique", map("where", map("id", ids.get(i)))},
                    i -> new Object[]{"findUnique", map("where", map("id", i + 1000))},
                    i -> new Object[]{"findUniqueOrThrow", map("where", map("id", i == 3 ? -1 : ids.get(i)))},
                    i -> new Object[]{"findUnique", map("where", map("email", "u" + i + "@example.com"),
                            "select", map("id", true, "email", true, "bio", true))},
                    i -> new Object[]{"findFirst", map("where", map("name", i % 2 == 0 ? "even" : "odd " + i, "isActive", true),
                            "orderBy", map("id", "desc"))},
                    i -> new Object[]{"findFirstOrThrow", map("where", map("name", map("equals", "odd " + i)))},
                    i -> new Object[]{"findMany", map("where", map("OR", list(map("email", "u" + i + "@example.com"),
                            map("id", map("gt", ids.get(4 - i % 4))))), "orderBy", map("id", "asc"), "take", 3)},
                    i -> new Object[]{"findMany", map("cursor", map("id", ids.get(i)), "take", 2, "skip", 1,
                            "orderBy", map("id", "asc"), "omit", map("password", true))},
                    i -> new Object[]{"findMany", map("where", map("role", i % 2 == 0 ? "ADMIN" : "USER", "bio", map("not", "bio " + i)))},
                    i -> new Object[]{"findMany", map("where", map("id", map("lte", ids.get(i)), "email", map("contains", "@")),
                            "select", map("email", true, "_count", map("select", map("posts", true))))},
                    i -> new Object[]{"findMany", map("take", 2, "orderBy", map("id", "asc"), "include", map("posts", true))},
                    i -> new Object[]{"count", map("where", map("isActive", true, "id", map("gt", ids.get(i))))},
                    i -> new Object[]{"aggregate", map("_count", true, "_max", map("id", true))},
                    i -> new Object[]{"groupBy", map("by", list("role"), "_count", map("_all", true), "orderBy", map("role", "asc"))});
            for (Function<Integer, Object[]> shape : shapes) {
                for (int i = 0; i < 6; i++) {
                    Object[] call = shape.apply(i);
                    assertSameAsFullPath(db, prisma, (String) call[0], args(call[1]));
                }
            }
            // The reads of one statement ran from a plan after their second call, but the enum filter's (a
            // probe is no Role); the others with nothing taken out reused their validated query.
            PlanCache plans = prisma.runtime().plans();
            for (int s = 0; s < shapes.size(); s++) {
                Object[] call = shapes.get(s).apply(0);
                ArgShape shape = ArgShape.of("user", (String) call[0], args(call[1]));
                assertThat(plans.planned(shape)).as("shape %d planned", s).isEqualTo(s < 10 && s != 8);
                assertThat(plans.prepared(shape) != null).as("shape %d reused", s).isEqualTo(s == 10 || s >= 12);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> args(Object args) {
        return (Map<String, Object>) args;
    }

    private void assertSameAsFullPath(TestDatabase db, PrismaClient planned, String action, Map<String, Object> args) {
        List<String> fullSql = new ArrayList<>();
        plannedSql.clear();
        Outcome fromPlan = Outcome.of(() -> planned.execute("user", action, args));
        Outcome fromFullPath;
        try (PrismaClient fresh = PrismaClient.builder()
                .schema(Conformance.category("queries").resolve("blog").resolve("schema." + db.provider() + ".prisma"))
                .datasourceUrl(db.url()).build()) {
            fresh.$on("query", e -> fullSql.add(e.query() + " " + e.params()));
            fromFullPath = Outcome.of(() -> fresh.execute("user", action, args));
        }
        assertThat(fromPlan).as("%s %s", action, args).isEqualTo(fromFullPath);
        assertThat(plannedSql).as("%s %s", action, args).isEqualTo(fullSql);
    }

    /** A call's answer, or its error's class and message. */
    private record Outcome(Object result, String error) {
        static Outcome of(java.util.function.Supplier<Object> call) {
            Object[] result = new Object[1];
            Throwable failure = catchThrowable(() -> result[0] = call.get());
            if (failure != null) {
                return new Outcome(null, failure.getClass().getSimpleName() + ": " + failure.getMessage());
            }
            return new Outcome(result[0], null);
        }
    }
}
