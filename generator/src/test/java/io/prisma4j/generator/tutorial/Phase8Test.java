package io.prisma4j.generator.tutorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import generated.crud.Post;
import generated.crud.PrismaClient;
import generated.crud.User;
import io.prisma4j.client.LogLevel;
import io.prisma4j.client.PrismaEvent;
import io.prisma4j.client.RawSql;
import io.prisma4j.client.typed.ClientOptions;
import io.prisma4j.client.typed.PrismaJacksonModule;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static io.prisma4j.client.typed.SortOrder.ASC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phase 8 (performance and optimization) in Java: the N+1 problem and its include, selecting only needed
 * fields, offset and cursor pagination (8.1), the query the indexes serve (8.2), the production client
 * configuration (8.3), query logging and EXPLAIN (8.4), and caching a user as JSON (8.5, with a map in
 * place of Redis).
 */
class Phase8Test {

    private static void seed(PrismaClient prisma) {
        for (int u = 1; u <= 3; u++) {
            int user = u;
            prisma.user.create(c -> c.data(d -> d.email("user" + user + "@example.com").name("User " + user)
                    .posts(p -> p.create(List.of(1, 2, 3, 4), (post, n) -> post.title("Post " + user + "." + n)
                            .content("A long text body").published(n % 2 == 0)))));
        }
    }

    @EachDatabase
    void nPlusOneAndSelectedFields(TestDatabase db) {
        List<PrismaEvent> queries = new CopyOnWriteArrayList<>();
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            prisma.$on("query", queries::add);

            // Bad - N+1 queries: 1 query for users + N queries for each user's posts
            List<User> users = prisma.user.findMany();
            for (User user : users) {
                List<Post> posts = prisma.post.findMany(q -> q.where(w -> w.authorId(user.id())));
                assertThat(posts).as(user.name() + " has 4 posts").hasSize(4);
            }
            int nPlusOne = queries.size();
            queries.clear();

            // Good - single query with include
            List<User> withPosts = prisma.user.findMany(q -> q.include(i -> i.posts()));
            for (User user : withPosts) {
                assertThat(user.posts()).as(user.name() + " has 4 posts").hasSize(4);
            }
            assertThat(queries.size()).isLessThan(nPlusOne);

            // Good - select only needed fields
            List<Post> posts = prisma.post.findMany(q -> q.select(s -> s
                    .id().title().createdAt()
                    .author(a -> a.select(u -> u.name()))));
            assertThat(posts).hasSize(12);
            assertThat(posts.get(0).author().loadedFields()).containsExactly("name");
        }
    }

    @EachDatabase
    void paginationBestPractices(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            // Offset pagination (simple but slow for large offsets)
            List<Post> offsetPage = prisma.post.findMany(q -> q.skip(10).take(10).orderBy(o -> o.id(ASC)));
            assertThat(offsetPage).extracting(Post::id).containsExactly(11, 12);

            // Cursor pagination (fast for large datasets)
            int lastPostId = 5;
            List<Post> cursorPage = prisma.post.findMany(q -> q
                    .take(10).skip(1)
                    .cursor(c -> c.id(lastPostId))
                    .orderBy(o -> o.id(ASC)));
            assertThat(cursorPage).extracting(Post::id).containsExactly(6, 7, 8, 9, 10, 11, 12);
        }
    }

    @EachDatabase
    void queryTheIndexesServe(TestDatabase db) {
        try (var prisma = Tutorial.client("indexes-performance", db, generated.indexes.PrismaClient::new)) {
            prisma.user.createMany(c -> c.data(
                    d -> d.email("a@example.com").firstName("Ann").lastName("Zed").age(30).city("New York").country("USA"),
                    d -> d.email("b@example.com").firstName("Bob").lastName("Adams").age(40).city("New York").country("USA"),
                    d -> d.email("c@example.com").firstName("Cid").lastName("Moe").age(50).city("Boston").country("USA")));
            // Uses @@index([city, country]) and @@index([lastName, firstName])
            var users = prisma.user.findMany(q -> q
                    .where(w -> w.city("New York").country("USA"))
                    .orderBy(o -> o.lastName(ASC)));
            assertThat(users).extracting(generated.indexes.User::lastName).containsExactly("Adams", "Zed");
        }
    }

    /** 8.3: one client per application, logging per environment ({@code NODE_ENV} is {@code APP_ENV} here). */
    static final class Database {
        private static volatile PrismaClient prisma;

        private Database() {
        }

        static PrismaClient prisma(String environment, Consumer<ClientOptions> connection) {
            PrismaClient client = prisma;
            if (client == null) {
                synchronized (Database.class) {
                    client = prisma;
                    if (client == null) {
                        client = new PrismaClient(o -> {
                            connection.accept(o);
                            o.log(environment.equals("development")
                                    ? new LogLevel[] {LogLevel.QUERY, LogLevel.ERROR, LogLevel.WARN}
                                    : new LogLevel[] {LogLevel.ERROR});
                        });
                        prisma = client;
                    }
                }
            }
            return client;
        }

        static void reset() {
            prisma = null;
        }
    }

    @EachDatabase
    void productionClientConfiguration(TestDatabase db) {
        Tutorial.suiteClient("crud", db, PrismaClient::new).close();
        Consumer<ClientOptions> connection = o -> o.schema(io.prisma4j.testkit.Conformance.category("queries")
                .resolve("crud").resolve("schema." + db.provider() + ".prisma")).datasourceUrl(db.url());
        PrismaClient first = Database.prisma("development", connection);
        try {
            assertThat(Database.prisma("development", connection)).isSameAs(first);
            assertThat(first.user.count()).isZero();
        } finally {
            first.close();
            Database.reset();
        }
    }

    @EachDatabase
    void queryLogging(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            List<String> lines = new CopyOnWriteArrayList<>();
            prisma.$on("query", e -> {
                lines.add("Query: " + e.query());
                lines.add("Params: " + e.params());
                lines.add("Duration: " + e.duration() + "ms");
            });
            prisma.user.findMany(q -> q.where(w -> w.email("someone@example.com")));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Query: SELECT"));
            assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("Params: [\"someone@example.com\"]"));
            assertThat(lines).anySatisfy(line -> assertThat(line).matches("Duration: \\d+ms"));
        }
    }

    /** 8.4: {@code EXPLAIN ANALYZE} through {@code $queryRaw} (PostgreSQL). */
    @EachDatabase(DatabaseKind.POSTGRESQL)
    void explain(TestDatabase db) {
        try (var prisma = Tutorial.client("indexes-performance", db, generated.indexes.PrismaClient::new)) {
            List<Map<String, Object>> result = prisma.$queryRaw(RawSql.sql(
                    "EXPLAIN ANALYZE SELECT * FROM \"User\" WHERE \"city\" = 'New York' AND \"age\" > 25;"));
            assertThat(result).isNotEmpty();
            assertThat(result.get(0)).containsKey("QUERY PLAN");
        }
    }

    /** 8.5: the controller that caches {@code JSON.stringify(user)}, with a map standing in for Redis. */
    static final class UserController {
        private static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrismaJacksonModule());
        private final PrismaClient prisma;
        private final Map<String, String> cache = new ConcurrentHashMap<>();
        int databaseReads;

        UserController(PrismaClient prisma) {
            this.prisma = prisma;
        }

        /** The user as JSON, or null for 404. */
        String getUserById(int id) {
            String cacheKey = "user:" + id;
            // Try cache first
            String cached = cache.get(cacheKey);
            if (cached != null) {
                return cached;
            }
            // Query database
            databaseReads++;
            User user = prisma.user.findUnique(q -> q.where(w -> w.id(id)).include(i -> i.posts()));
            if (user == null) {
                return null;
            }
            // Cache for 5 minutes
            String json = json(user);
            cache.put(cacheKey, json);
            return json;
        }

        /** Invalidates the cache on update. */
        String updateUser(int id, String name) {
            User user = prisma.user.update(u -> u.where(w -> w.id(id)).data(d -> d.name(name)));
            cache.remove("user:" + id);
            return json(user);
        }

        private static String json(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @EachDatabase
    void cachingUsersAsJson(TestDatabase db) throws Exception {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            UserController controller = new UserController(prisma);
            JsonNode user = new ObjectMapper().readTree(controller.getUserById(1));
            assertThat(user.get("email").asText()).isEqualTo("user1@example.com");
            assertThat(user.get("posts")).hasSize(4);
            assertThat(user.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            controller.getUserById(1);
            assertThat(controller.databaseReads).as("second read from the cache").isEqualTo(1);
            controller.updateUser(1, "Renamed");
            assertThat(new ObjectMapper().readTree(controller.getUserById(1)).get("name").asText()).isEqualTo("Renamed");
            assertThat(controller.getUserById(999)).isNull();
        }
    }
}
