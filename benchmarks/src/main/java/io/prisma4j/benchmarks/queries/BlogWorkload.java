package io.prisma4j.benchmarks.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations of the workload (see the benchmarks README), each as a prisma4j call and the JDBC
 * code doing the same work. Operations 5 and 6 run in both relation load strategies.
 */
final class BlogWorkload {
    private final JdbcBlog jdbc;
    private final int[] userIds;

    /** {@code userIds}: the seeded users' ids, user {@code u} ({@code user{u}@example.com}) at {@code u - 1}. */
    BlogWorkload(JdbcBlog jdbc, int[] userIds) {
        this.jdbc = jdbc;
        this.userIds = userIds;
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("1", "findMany all users", 100, 200, 1.27,
                (p, n) -> p.model("user").findMany(), n -> jdbc.findAllUsers()));
        ops.add(new Op("2", "filter + order + take", 100, 1000, 1.87,
                (p, n) -> p.model("user").findMany(map("where", map("isActive", true, "email", map("contains", "example")),
                        "orderBy", map("createdAt", "desc"), "take", 20)),
                n -> jdbc.filterOrderTake()));
        ops.add(new Op("3", "findUnique by id", 100, 1000, 1.94,
                (p, n) -> p.model("user").findUnique(map("where", map("id", spreadId(n)))),
                n -> jdbc.findUserById(spreadId(n))));
        ops.add(new Op("4", "findUnique by email", 100, 1000, 1.95,
                (p, n) -> p.model("user").findUnique(map("where", map("email", "user" + spread(n) + "@example.com"))),
                n -> jdbc.findUserByEmail("user" + spread(n) + "@example.com")));
        for (String strategy : List.of("query", "join")) {
            ops.add(new Op("5 " + strategy, "include posts", 100, 200, 1.37,
                    (p, n) -> p.model("user").findMany(map("relationLoadStrategy", strategy, "take", 100,
                            "include", map("posts", true))),
                    n -> jdbc.usersWithPosts()));
            ops.add(new Op("6 " + strategy, "include author + comments", 100, 200, 1.46,
                    (p, n) -> p.model("post").findMany(map("relationLoadStrategy", strategy, "take", 100,
                            "include", map("author", true, "comments", true))),
                    n -> jdbc.postsWithAuthorAndComments()));
        }
        ops.add(new Op("7", "count with where", 100, 1000, 1.45,
                (p, n) -> p.model("post").count(map("where", map("published", true, "views", map("gt", 500)))),
                n -> jdbc.countPublishedPopular()));
        ops.add(new Op("8", "aggregate", 100, 1000, 1.39,
                (p, n) -> p.model("post").aggregate(map("_avg", map("views", true), "_max", map("views", true))),
                n -> jdbc.aggregateViews()));
        ops.add(new Op("9", "groupBy", 100, 1000, 1.24,
                (p, n) -> p.model("post").groupBy(map("by", List.of("categoryId"), "_count", map("_all", true),
                        "_avg", map("views", true), "orderBy", map("categoryId", "asc"))),
                n -> jdbc.groupByCategory()));
        ops.add(new Op("10", "create", 100, 1000, 1.70,
                (p, n) -> p.model("user").create(map("data", map("email", "p10-" + n + "@example.com", "name", "New user",
                        "password", "hashed", "bio", "A new bio"))),
                n -> jdbc.createUser("j10-" + n + "@example.com"),
                cleanUp("p10-", "j10-")));
        ops.add(new Op("11", "nested create", 100, 1000, 2.01,
                (p, n) -> p.model("user").create(map("data", map("email", "p11-" + n + "@example.com", "name", "Author",
                        "password", "hashed", "posts", map("create", List.of(
                                post("p11-" + n + "-0", 0), post("p11-" + n + "-1", 1), post("p11-" + n + "-2", 2)))))),
                n -> jdbc.createUserWithPosts("j11-" + n + "@example.com", "j11-" + n),
                cleanUp("p11-", "j11-")));
        ops.add(new Op("12", "update", 100, 1000, 1.52,
                (p, n) -> p.model("user").update(map("where", map("id", spreadId(n)), "data", map("name", "Renamed " + n))),
                n -> jdbc.renameUser(spreadId(n), "Renamed " + n)));
        ops.add(new Op("13", "upsert (half new)", 100, 1000, 1.65,
                (p, n) -> {
                    String email = n % 2 == 0 ? "user" + spread(n) + "@example.com" : "p13-" + n + "@example.com";
                    return p.model("user").upsert(map("where", map("email", email),
                            "create", map("email", email, "name", "Upserted", "password", "hashed"),
                            "update", map("name", "Upserted " + n)));
                },
                n -> jdbc.upsertUser(n % 2 == 0 ? "user" + spread(n) + "@example.com" : "j13-" + n + "@example.com",
                        "Upserted " + n),
                cleanUp("p13-", "j13-")));
        Victims victims = new Victims();
        ops.add(new Op("14", "delete", 100, 1000, 1.38,
                (p, n) -> p.model("user").delete(map("where", map("id", victims.prisma.get(n)))),
                n -> jdbc.deleteUser(victims.jdbc.get(n)),
                victims));
        ops.add(new Op("15", "createMany 1,000", 5, 30, 8.10,
                (p, n) -> p.model("user").createMany(map("data", bulk("p15-" + n + "-"))),
                n -> jdbc.createManyUsers("j15-" + n + "-", 1000),
                new Op.Hooks() {
                    @Override
                    public void afterCall(boolean prisma, int n) throws Exception {
                        jdbc.deleteUsersWithEmailPrefix(prisma ? "p15-" : "j15-");
                    }
                }));
        return ops;
    }

    /** A seeded user's number (1 to N), spread pseudo-randomly. */
    private int spread(int n) {
        return 1 + (int) ((n * 7919L) % userIds.length);
    }

    /** The id of user {@link #spread(int)}. */
    private int spreadId(int n) {
        return userIds[spread(n) - 1];
    }

    private static Map<String, Object> post(String slug, int j) {
        return map("title", "Post " + j, "slug", slug, "content", BlogData.CONTENT);
    }

    private static List<Map<String, Object>> bulk(String prefix) {
        List<Map<String, Object>> rows = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            rows.add(map("email", prefix + i + "@example.com", "name", "Bulk " + i, "password", "hashed", "bio", "Bulk bio"));
        }
        return rows;
    }

    private Op.Hooks cleanUp(String... prefixes) {
        return new Op.Hooks() {
            @Override
            public void after() throws Exception {
                for (String prefix : prefixes) {
                    jdbc.deleteUsersWithEmailPrefix(prefix);
                }
            }
        };
    }

    /** Users created untimed before the delete operation, one per call and side. */
    private final class Victims implements Op.Hooks {
        List<Integer> prisma;
        List<Integer> jdbc;

        @Override
        public void before(int calls) throws Exception {
            prisma = BlogWorkload.this.jdbc.createVictims("p14-", calls);
            jdbc = BlogWorkload.this.jdbc.createVictims("j14-", calls);
        }
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
