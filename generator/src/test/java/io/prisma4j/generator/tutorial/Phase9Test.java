package io.prisma4j.generator.tutorial;

import io.prisma4j.client.LogLevel;
import io.prisma4j.client.PrismaClientKnownRequestException;
import io.prisma4j.client.RawSql;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 9 (production and best practices) in Java: the configured client singleton (9.1), the seed
 * script (9.2), the test database setup and the integration tests' database calls (9.3), SQL injection
 * and parameterized raw queries (9.4), and disconnecting on shutdown (9.5). The REST API schema has
 * {@code tags String[]} on PostgreSQL and a Json array on MySQL and SQLite, so those two get the client
 * generated from their own schema.
 */
class Phase9Test {

    private static Path schema(TestDatabase db) {
        return Conformance.category("schemas").resolve("rest-api." + db.provider() + ".prisma");
    }

    /** 9.1: {@code prismaClientSingleton}: log levels by environment, one client per process. */
    static final class Config {
        private static generated.restapi.PrismaClient prisma;

        static synchronized generated.restapi.PrismaClient prisma(String nodeEnv, String url, Path schema) {
            if (prisma == null) {
                prisma = new generated.restapi.PrismaClient(o -> o.schema(schema).datasourceUrl(url)
                        .log(nodeEnv.equals("development") ? new LogLevel[] {LogLevel.QUERY, LogLevel.ERROR, LogLevel.WARN}
                                : new LogLevel[] {LogLevel.ERROR}));
            }
            return prisma;
        }

        static synchronized void disconnect() {
            if (prisma != null) {
                prisma.close();
                prisma = null;
            }
        }
    }

    @EachDatabase(DatabaseKind.POSTGRESQL)
    void configurationSingletonAndSeed(TestDatabase db) {
        Tutorial.push(schema(db), db);
        generated.restapi.PrismaClient prisma = Config.prisma("development", db.url(), schema(db));
        try {
            assertThat(Config.prisma("development", db.url(), schema(db))).isSameAs(prisma);
            // prisma/seed.ts: clear existing data
            prisma.post.deleteMany();
            prisma.user.deleteMany();
            // Create users
            var alice = prisma.user.create(c -> c.data(d -> d.email("alice@example.com").name("Alice").age(28)
                    .posts(p -> p.create(
                            post -> post.title("Getting Started with Prisma").content("Prisma is an amazing ORM...")
                                    .published(true).tags("prisma", "database", "nodejs"),
                            post -> post.title("Advanced Prisma Techniques").content("Let's dive deep into Prisma...")
                                    .published(true).tags("prisma", "advanced")))));
            var bob = prisma.user.create(c -> c.data(d -> d.email("bob@example.com").name("Bob").age(35)
                    .posts(p -> p.create(post -> post.title("Node.js Best Practices").content("Here are some best practices...")
                            .published(true).tags("nodejs", "javascript")))));
            assertThat(alice.name()).isEqualTo("Alice");
            assertThat(bob.name()).isEqualTo("Bob");
            assertThat(prisma.post.findMany(q -> q.where(w -> w.tags(t -> t.has("prisma"))))).hasSize(2);
        } finally {
            Config.disconnect();
        }
    }

    /** 9.2's seed on MySQL and SQLite: the tags are a Json array there. */
    @EachDatabase({DatabaseKind.MYSQL, DatabaseKind.SQLITE})
    void seedWithJsonTags(TestDatabase db) {
        try (var prisma = Tutorial.client("rest-api", db, generated.restapijson.PrismaClient::new)) {
            prisma.post.deleteMany();
            prisma.user.deleteMany();
            var alice = prisma.user.create(c -> c
                    .data(d -> d.email("alice@example.com").name("Alice").age(28)
                            .posts(p -> p.create(
                                    post -> post.title("Getting Started with Prisma").content("Prisma is an amazing ORM...")
                                            .published(true).tags(List.of("prisma", "database", "nodejs")),
                                    post -> post.title("Advanced Prisma Techniques").content("Let's dive deep into Prisma...")
                                            .published(true).tags(List.of("prisma", "advanced")))))
                    .include(i -> i.posts()));
            assertThat(alice.posts().get(0).tags()).isEqualTo(List.of("prisma", "database", "nodejs"));
        }
    }

    /**
     * 9.3: the test client points at the test database ({@code datasources: {db: {url}}}), the database is
     * set up from the schema, and the integration tests' calls behave as the tests expect.
     */
    @EachDatabase
    void integrationTestCalls(TestDatabase db) {
        boolean lists = db.kind() == DatabaseKind.POSTGRESQL;
        Tutorial.push(schema(db), db);   // setupTestDatabase: migrate reset + deploy
        String databaseUrlTest = db.url();
        if (lists) {
            try (var prisma = new generated.restapi.PrismaClient(o -> o.schema(schema(db)).datasourceUrl(databaseUrlTest))) {
                userApi(prisma);
            }
        } else {
            try (var prisma = new generated.restapijson.PrismaClient(o -> o.schema(schema(db))
                    .datasourceUrl(databaseUrlTest))) {
                userApiJson(prisma);
            }
        }
    }

    private static void userApi(generated.restapi.PrismaClient prisma) {
        // beforeEach: clear data
        prisma.post.deleteMany();
        prisma.user.deleteMany();
        // should create a new user
        var user = prisma.user.create(c -> c.data(d -> d.email("test@example.com").name("Test User").age(25)));
        assertThat(user.email()).isEqualTo("test@example.com");
        assertThat(user.name()).isEqualTo("Test User");
        assertThat(user.age()).isEqualTo(25);
        // should reject duplicate email
        assertThatThrownBy(() -> prisma.user.create(c -> c.data(d -> d.email("test@example.com").name("Test User").age(25))))
                .isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> assertThat(e.code()).isEqualTo("P2002"));
        // should return user by id
        assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(user.id()))).email()).isEqualTo(user.email());
        // should return 404 for non-existent user
        assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(99999)))).isNull();
        // should update user
        assertThat(prisma.user.update(u -> u.where(w -> w.id(user.id())).data(d -> d.name("Updated Name"))).name())
                .isEqualTo("Updated Name");
        // should delete user
        prisma.user.delete(d -> d.where(w -> w.id(user.id())));
        assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(user.id())))).isNull();
        // teardownTestDatabase
        prisma.$disconnect();
    }

    private static void userApiJson(generated.restapijson.PrismaClient prisma) {
        prisma.post.deleteMany();
        prisma.user.deleteMany();
        var user = prisma.user.create(c -> c.data(d -> d.email("test@example.com").name("Test User").age(25)));
        assertThat(user.age()).isEqualTo(25);
        assertThatThrownBy(() -> prisma.user.create(c -> c.data(d -> d.email("test@example.com").name("Test User").age(25))))
                .isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> assertThat(e.code()).isEqualTo("P2002"));
        assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(user.id()))).email()).isEqualTo(user.email());
        assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(99999)))).isNull();
        assertThat(prisma.user.update(u -> u.where(w -> w.id(user.id())).data(d -> d.name("Updated Name"))).name())
                .isEqualTo("Updated Name");
        prisma.user.delete(d -> d.where(w -> w.id(user.id())));
        assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(user.id())))).isNull();
        prisma.$disconnect();
    }

    /** 9.4: a query built by the client is safe; raw SQL with spliced input is not; a bound value is. */
    @EachDatabase
    void sqlInjectionPrevention(TestDatabase db) {
        try (var prisma = Tutorial.client("first-model", db, generated.firstmodel.PrismaClient::new)) {
            prisma.user.createMany(c -> c.data(d -> d.email("alice@example.com"), d -> d.email("bob@example.com")));
            String email = "nobody@example.com' OR '1'='1";   // Even if malicious

            // SAFE - the client binds every value
            assertThat(prisma.user.findUnique(q -> q.where(w -> w.email(email)))).isNull();

            // UNSAFE - raw queries with user input spliced in
            List<Map<String, Object>> leaked = prisma.$queryRawUnsafe(
                    "SELECT * FROM " + Sql.quote(db, "User") + " WHERE email = '" + email + "'");   // VULNERABLE!
            assertThat(leaked).hasSize(2);

            // SAFE - raw queries with parameterization
            List<Map<String, Object>> safe = prisma.$queryRaw(RawSql.sql("SELECT * FROM " + Sql.quote(db, "User")
                    + " WHERE email = ").value(email));
            assertThat(safe).isEmpty();
        }
    }

    /** 9.5: on SIGTERM the server disconnects Prisma; a JVM shutdown hook does it in Java. */
    @EachDatabase
    void gracefulShutdown(TestDatabase db) throws InterruptedException {
        var prisma = Tutorial.client("first-model", db, generated.firstmodel.PrismaClient::new);
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread shutdown = new Thread(() -> {
            log.add("SIGTERM received, closing server gracefully");
            prisma.$disconnect();
            prisma.close();
            log.add("Database connections closed");
        });
        Runtime.getRuntime().addShutdownHook(shutdown);
        assertThat(prisma.user.count()).isZero();
        // The hook runs at shutdown; run it now and remove it from the JVM's.
        Runtime.getRuntime().removeShutdownHook(shutdown);
        shutdown.start();
        shutdown.join();
        assertThat(log).containsExactly("SIGTERM received, closing server gracefully", "Database connections closed");
    }
}
