package io.prisma4j.client;

import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relation loading never goes N+1: with the "query" strategy an include tree of depth d sends at most
 * d+1 statements whatever the row counts; with "join", one.
 */
class RelationLoadingTest {

    private static void seed(PrismaClient prisma, int users) {
        prisma.model("category").create(map("data", map("name", "Tech", "slug", "tech")));
        for (int u = 0; u < users; u++) {
            List<Object> posts = list();
            for (int p = 0; p < 3; p++) {
                posts.add(map("title", "Post " + u + "-" + p, "slug", "post-" + u + "-" + p, "content", "...",
                        "category", map("connect", map("slug", "tech")),
                        "comments", map("create", list(map("content", "first", "user",
                                map("connect", map("email", "user0@example.com")))))));
            }
            prisma.model("user").create(map("data", map("email", "user" + u + "@example.com", "name", "User " + u,
                    "password", "pw", "posts", map("create", posts))));
        }
    }

    /** users → posts → comments → user: an include tree of depth 3. */
    private static Map<String, Object> tree(String strategy) {
        return map("relationLoadStrategy", strategy, "orderBy", map("id", "asc"),
                "include", map("posts", map("orderBy", map("id", "asc"), "include", map(
                        "comments", map("include", map("user", map("select", map("email", true))))))));
    }

    private static int statements(PrismaClient prisma, Runnable call) {
        AtomicInteger count = new AtomicInteger();
        PrismaClient counted = prisma.$extends(Extension.builder().build());
        counted.$on("query", e -> count.incrementAndGet());
        count.set(0);
        call.run();
        return count.get();
    }

    @EachDatabase
    void queryStrategySendsOneStatementPerLevel(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            seed(prisma, 1);
            int few = statements(prisma, () -> prisma.model("user").findMany(tree("query")));
            seed2(prisma, 20);
            int many = statements(prisma, () -> prisma.model("user").findMany(tree("query")));
            assertThat(few).isLessThanOrEqualTo(3 + 1);
            assertThat(many).isEqualTo(few);
            int siblings = statements(prisma, () -> prisma.model("post").findMany(map("relationLoadStrategy", "query",
                    "include", map("category", true, "author", true, "comments", true))));
            assertThat(siblings).as("one statement per relation, not per record").isEqualTo(4);
        }
    }

    private static void seed2(PrismaClient prisma, int users) {
        for (int u = 1; u < users; u++) {
            prisma.model("user").create(map("data", map("email", "more" + u + "@example.com", "name", "More " + u,
                    "password", "pw", "posts", map("create", list(
                            map("title", "T" + u, "slug", "more-" + u, "content", "...",
                                    "comments", map("create", list(map("content", "c", "user",
                                            map("connect", map("email", "user0@example.com")))))))))));
        }
    }

    @EachDatabase
    void joinStrategySendsOneStatement(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            seed(prisma, 3);
            int count = statements(prisma, () -> prisma.model("user").findMany(tree("join")));
            assertThat(count).isEqualTo(1);
        }
    }

    @EachDatabase
    void bothStrategiesReturnTheSameRecords(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            seed(prisma, 4);
            Map<String, Object> args = map("orderBy", map("id", "desc"), "take", 3, "select", map(
                    "email", true,
                    "_count", map("select", map("posts", true)),
                    "posts", map("where", map("slug", map("endsWith", "-1")), "take", 2, "skip", 0,
                            "orderBy", map("title", "desc"), "select", map("slug", true, "published", true,
                                    "createdAt", true, "author", map("select", map("name", true)),
                                    "comments", map("take", -1, "orderBy", map("id", "asc"))))));
            List<Map<String, Object>> byQuery = prisma.model("user").findMany(with(args, "query"));
            List<Map<String, Object>> byJoin = prisma.model("user").findMany(with(args, "join"));
            assertThat(byJoin).isEqualTo(byQuery);
            assertThat(byQuery).hasSize(3);
            assertThat(byQuery.get(0).get("posts")).asList().hasSize(1);
        }
    }

    private static Map<String, Object> with(Map<String, Object> args, String strategy) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(args);
        copy.put("relationLoadStrategy", strategy);
        return copy;
    }
}
