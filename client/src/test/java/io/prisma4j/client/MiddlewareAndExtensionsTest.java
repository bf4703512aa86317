package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The tutorial's {@code $use} middleware (timing, soft delete) and {@code $extends} query extensions. */
class MiddlewareAndExtensionsTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "%s"
            }

            model User {
              id        Int       @id @default(autoincrement())
              email     String    @unique
              name      String?
              deletedAt DateTime?
            }
            """;

    private static PrismaClient softDeleteClient(TestDatabase db) {
        String ddl = switch (db.kind()) {
            case POSTGRESQL -> "CREATE TABLE \"User\" (\"id\" SERIAL PRIMARY KEY, \"email\" TEXT NOT NULL UNIQUE, "
                    + "\"name\" TEXT, \"deletedAt\" TIMESTAMP(3))";
            case MYSQL -> "CREATE TABLE `User` (`id` INT AUTO_INCREMENT PRIMARY KEY, `email` VARCHAR(191) NOT NULL UNIQUE, "
                    + "`name` VARCHAR(191), `deletedAt` DATETIME(3))";
            case SQLITE -> "CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"email\" TEXT NOT NULL UNIQUE, "
                    + "\"name\" TEXT, \"deletedAt\" DATETIME)";
        };
        db.execute(ddl);
        return PrismaClient.builder().schemaText(SCHEMA.formatted(db.provider())).datasourceUrl(db.url()).build();
    }

    /** The tutorial's soft-delete middleware, written in Java as in the tutorial. */
    @SuppressWarnings("unchecked")
    private static void installSoftDelete(PrismaClient prisma) {
        prisma.$use((params, next) -> {
            if ("User".equals(params.model())) {
                if (params.action().equals("delete")) {
                    params.action("update");
                    params.args().put("data", map("deletedAt", Instant.now()));
                }
                if (params.action().equals("deleteMany")) {
                    params.action("updateMany");
                    if (params.args().get("data") != null) {
                        ((Map<String, Object>) params.args().get("data")).put("deletedAt", Instant.now());
                    } else {
                        params.args().put("data", map("deletedAt", Instant.now()));
                    }
                }
            }
            return next.proceed(params);
        });
        prisma.$use((params, next) -> {
            if ("User".equals(params.model())) {
                if (params.action().equals("findUnique") || params.action().equals("findFirst")) {
                    params.action("findFirst");
                    ((Map<String, Object>) params.args().get("where")).put("deletedAt", null);
                }
                if (params.action().equals("findMany")) {
                    if (params.args().get("where") != null) {
                        Map<String, Object> where = (Map<String, Object>) params.args().get("where");
                        if (!where.containsKey("deletedAt")) {
                            where.put("deletedAt", null);
                        }
                    } else {
                        params.args().put("where", map("deletedAt", null));
                    }
                }
            }
            return next.proceed(params);
        });
    }

    @EachDatabase
    void softDeleteMiddlewareTurnsDeletesIntoUpdatesAndHidesDeletedRows(TestDatabase db) {
        try (PrismaClient prisma = softDeleteClient(db)) {
            installSoftDelete(prisma);
            ModelClient users = prisma.model("User");
            users.createMany(map("data", list(map("email", "a@x.io"), map("email", "b@x.io"), map("email", "c@x.io"))));
            Map<String, Object> deleted = users.delete(map("where", map("email", "a@x.io")));
            assertThat(deleted.get("deletedAt")).isInstanceOf(Instant.class);
            assertThat(users.findMany(map())).extracting(u -> u.get("email")).containsExactly("b@x.io", "c@x.io");
            assertThat(users.findUnique(map("where", map("email", "a@x.io")))).isNull();
            users.deleteMany(map("where", map("email", "b@x.io")));
            assertThat(users.findMany(map("where", map("email", map("contains", "x.io")))))
                    .extracting(u -> u.get("email")).containsExactly("c@x.io");
            assertThat(prisma.$queryRawUnsafe("SELECT COUNT(*) AS n FROM " + (db.kind() == DatabaseKind.MYSQL ? "`User`" : "\"User\"")))
                    .first().extracting(r -> ((Number) r.get("n")).intValue()).isEqualTo(3);
        }
    }

    @EachDatabase
    void timingMiddlewareSeesModelActionAndResult(TestDatabase db) {
        try (PrismaClient prisma = softDeleteClient(db)) {
            List<String> log = new ArrayList<>();
            prisma.$use((params, next) -> {
                long before = System.nanoTime();
                Object result = next.proceed(params);
                long after = System.nanoTime();
                log.add("Query " + params.model() + "." + params.action() + " took " + (after - before) / 1_000_000 + "ms");
                return result;
            });
            prisma.model("User").create(map("data", map("email", "t@x.io")));
            prisma.model("User").count(map());
            assertThat(log).hasSize(2);
            assertThat(log.get(0)).startsWith("Query User.create took ");
            assertThat(log.get(1)).startsWith("Query User.count took ");
        }
    }

    @EachDatabase
    void queryExtensionsWrapCallsMostRecentFirstAndMayChangeArguments(TestDatabase db) {
        try (PrismaClient base = softDeleteClient(db)) {
            List<String> seen = new ArrayList<>();
            PrismaClient extended = base
                    .$extends(Extension.builder().query("User", "findMany", call -> {
                        seen.add("inner " + call.args());
                        return call.query(call.args());
                    }).build())
                    .$extends(Extension.builder().query(Extension.ALL_MODELS, Extension.ALL_OPERATIONS, call -> {
                        seen.add("outer " + call.operation());
                        Map<String, Object> args = call.args();
                        if (call.operation().equals("findMany")) {
                            args.put("take", 1);
                        }
                        return call.query(args);
                    }).build());
            extended.model("User").createMany(map("data", list(map("email", "p@x.io"), map("email", "q@x.io"))));
            List<Map<String, Object>> found = extended.model("User").findMany(map("orderBy", map("id", "asc")));
            assertThat(found).hasSize(1);
            assertThat(seen).containsExactly("outer createMany", "outer findMany", "inner {orderBy={id=asc}, take=1}");
            assertThat(base.model("User").findMany(map())).hasSize(2);
        }
    }

    @Test
    void queryEventsCarryTheStatementItsParametersAndDuration() {
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE); PrismaClient prisma = softDeleteClient(db)) {
            List<PrismaEvent> events = new ArrayList<>();
            prisma.$on("query", events::add);
            prisma.model("User").findMany(map("where", map("email", "e@x.io")));
            assertThat(events).hasSize(1);
            PrismaEvent event = events.get(0);
            assertThat(event.level()).isEqualTo(LogLevel.QUERY);
            assertThat(event.query()).startsWith("SELECT").contains("\"email\" = ?");
            assertThat(event.params()).isEqualTo("[\"e@x.io\"]");
            assertThat(event.duration()).isGreaterThanOrEqualTo(0);
        }
    }
}
