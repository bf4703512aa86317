package io.prisma4j.client.internal;

import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.query.PreparedQuery;
import io.prisma4j.query.sql.SqlExecutor;
import io.prisma4j.query.sql.mysql.MysqlFlavour;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two write paths of the mysql provider give the same results: MySQL's, which reads back what it
 * wrote, and MariaDB 10.5+'s, which returns rows from INSERT and DELETE and upserts with ON DUPLICATE KEY
 * UPDATE where that matches Prisma. Ids included: neither spends an auto-increment value Prisma would not.
 */
class MysqlWritePathsTest {
    private static final Path BLOG = Conformance.category("queries").resolve("blog");

    /** Runs one model action on a session, through the runtime's own executor or a given one. */
    private interface Runner {
        Object run(String model, String action, Map<String, Object> args);
    }

    @EachDatabase({DatabaseKind.MYSQL})
    void mysqlAndMariaDbPathsAgree(TestDatabase mariaDbPath) {
        try (TestDatabase mysqlPath = TestDatabases.create(DatabaseKind.MYSQL)) {
            List<Object> mariaDb = run(mariaDbPath, false);
            List<Object> mysql = run(mysqlPath, true);
            assertThat(mariaDb).isEqualTo(mysql);
            assertThat(mariaDb).hasSize(12);
        }
    }

    private static List<Object> run(TestDatabase db, boolean withoutReturning) {
        db.execute(Conformance.read(BLOG.resolve("ddl.mysql.sql")));
        DataModel model = PrismaSchema.load(BLOG.resolve("schema.mysql.prisma")).dataModel();
        try (ClientRuntime runtime = new ClientRuntime(model, ConnectionUrl.parse(db.url(), null), Set.of(), null);
             Session session = new Session(runtime)) {
            SqlExecutor mysql = new SqlExecutor(model, new MysqlFlavour(), null);
            Runner runner = (name, action, args) -> {
                if (!withoutReturning) {
                    return runtime.runModel(session, name, action, args);
                }
                PreparedQuery query = runtime.queryEngine().prepare(name, action, args);
                return query.unpack(mysql.execute(query.operation(), new JdbcPort(session)));
            };
            return writes(runner);
        }
    }

    /** A sequence of single writes; each result without its timestamps, which differ between runs. */
    private static List<Object> writes(Runner prisma) {
        List<Object> results = new ArrayList<>();
        results.add(prisma.run("user", "create", map("data", map("email", "a@example.com", "name", "A", "password", "pw"))));
        results.add(prisma.run("user", "create", map("data", map("email", "b@example.com", "name", "B", "password", "pw",
                "posts", map("create", List.of(map("title", "One", "slug", "one", "content", "..."),
                        map("title", "Two", "slug", "two", "content", "...")))), "select", map("id", true, "name", true))));
        results.add(prisma.run("user", "update", map("where", map("id", 1), "data", map("bio", "Hello"))));
        results.add(prisma.run("user", "update", map("where", map("email", "b@example.com"), "data", map("name", "Bee"))));
        Map<String, Object> upsertA = map("where", map("email", "a@example.com"),
                "create", map("email", "a@example.com", "name", "A", "password", "pw"), "update", map("name", "Aa"));
        results.add(prisma.run("user", "upsert", upsertA));
        Map<String, Object> upsertC = map("where", map("email", "c@example.com"),
                "create", map("email", "c@example.com", "name", "C", "password", "pw"), "update", map("name", "Cc"));
        results.add(prisma.run("user", "upsert", upsertC));
        results.add(prisma.run("user", "upsert", upsertC));
        results.add(prisma.run("tag", "create", map("data", map("name", "Java", "slug", "java"))));
        // PostTag has no auto-increment column: MariaDB's upsert of it is ON DUPLICATE KEY UPDATE.
        Map<String, Object> tagPost = map("where", map("postId_tagId", map("postId", 1, "tagId", 1)),
                "create", map("postId", 1, "tagId", 1), "update", map("tagId", 1));
        results.add(prisma.run("postTag", "upsert", tagPost));
        results.add(prisma.run("postTag", "upsert", tagPost));
        results.add(prisma.run("user", "delete", map("where", map("email", "c@example.com"))));
        results.add(prisma.run("user", "create", map("data", map("email", "d@example.com", "name", "D", "password", "pw"),
                "include", map("posts", true))));
        return results.stream().map(MysqlWritePathsTest::withoutTimestamps).toList();
    }

    private static Object withoutTimestamps(Object result) {
        if (result instanceof Map<?, ?> record) {
            Map<Object, Object> kept = new LinkedHashMap<>();
            record.forEach((key, value) -> {
                if (!key.equals("createdAt") && !key.equals("updatedAt")) {
                    kept.put(key, withoutTimestamps(value));
                }
            });
            return kept;
        }
        if (result instanceof List<?> list) {
            return list.stream().map(MysqlWritePathsTest::withoutTimestamps).toList();
        }
        return result;
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
