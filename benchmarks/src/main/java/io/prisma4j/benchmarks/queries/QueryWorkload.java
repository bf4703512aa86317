package io.prisma4j.benchmarks.queries;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.prisma4j.client.PrismaClient;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The query workload: prisma4j against hand-written JDBC on the Blog schema, in one process, per
 * database. Prints a Markdown table per database with each operation's median latency on both sides and
 * their ratio.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.prisma4j.benchmarks.queries.QueryWorkload \
 *     [--providers postgresql,mysql,sqlite] [--users 1000] [--only 1,5,15] [--scale 0.1] [--warmup-scale 20]
 *     [--out results.md]
 * </pre>
 * {@code --scale} multiplies the warm-up and timed calls (0.1 for a quick look, 10 for a profiler).
 * {@code --warmup-scale} multiplies the warm-up calls alone (the workload's are 100 per operation, 5 for
 * createMany): 100 calls leave part of prisma4j's deeper call path to the JIT compiler's first tiers, so
 * a longer warm-up measures what a long-running service sees.
 * Databases are created fresh on the test servers ({@code PRISMA4J_TEST_POSTGRES_URL},
 * {@code PRISMA4J_TEST_MYSQL_URL}, defaults local) with the corpus' Blog DDL, and dropped afterwards.
 */
public final class QueryWorkload {
    private QueryWorkload() {
    }

    public static void main(String[] args) throws Exception {
        List<DatabaseKind> kinds = List.of(DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL, DatabaseKind.SQLITE);
        int users = 1000;
        double scale = 1;
        double warmupScale = 1;
        List<String> only = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--providers" -> kinds = java.util.Arrays.stream(args[++i].split(","))
                        .map(p -> DatabaseKind.valueOf(p.trim().toUpperCase(Locale.ROOT))).toList();
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--warmup-scale" -> warmupScale = Double.parseDouble(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (use --providers, --users, --only, --scale, --warmup-scale, --out)");
            }
        }
        StringBuilder report = new StringBuilder();
        for (DatabaseKind kind : kinds) {
            String section = run(kind, users, scale, warmupScale, only);
            System.out.println(section);
            report.append(section).append('\n');
        }
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    private static String run(DatabaseKind kind, int users, double scale, double warmupScale,
                              List<String> only) throws Exception {
        Path schema = Conformance.category("schemas").resolve("blog." + kind.provider() + ".prisma");
        Path ddl = Conformance.category("queries").resolve("blog").resolve("ddl." + kind.provider() + ".sql");
        try (TestDatabase db = TestDatabases.create(kind)) {
            db.execute(Files.readString(ddl));
            int[] userIds;
            try (Connection connection = db.connect()) {
                userIds = BlogData.seed(connection, kind, users);
            }
            AtomicInteger statements = new AtomicInteger();
            try (HikariDataSource pool = jdbcPool(db);
                 PrismaClient client = PrismaClient.builder().schema(schema).datasourceUrl(db.url()).build();
                 PrismaClient counting = PrismaClient.builder().schema(schema).datasourceUrl(db.url()).build()) {
                counting.$on("query", event -> statements.incrementAndGet());
                Runner runner = new Runner(client, counting, statements);
                List<Runner.Result> results = new ArrayList<>();
                boolean mariaDbReturning;
                try (Connection connection = pool.getConnection()) {
                    mariaDbReturning = kind == DatabaseKind.MYSQL && Sql.mariaDbReturning(connection);
                }
                JdbcBlog jdbc = new JdbcBlog(pool, new Sql(kind, mariaDbReturning));
                for (Op op : new BlogWorkload(jdbc, userIds).operations()) {
                    if (only != null && !only.contains(op.number().split(" ")[0])) {
                        continue;
                    }
                    int warmupCalls = (int) Math.max(1, op.warmup() * scale * warmupScale);
                    Op scaled = new Op(op.number(), op.name(), warmupCalls, (int) Math.max(3, op.iterations() * scale),
                            op.reference(), op.prisma(), op.jdbc(), op.hooks());
                    Runner.Result result = runner.run(scaled, op.number().equals("1") || op.number().equals("5 query"));
                    System.err.printf(Locale.ROOT, "%s %s: %.2f%n", kind.provider(), op.number(), result.ratio());
                    results.add(result);
                }
                return Report.markdown(kind, users, warmupScale, results);
            }
        }
    }

    /** The JDBC side's pool: HikariCP sized as prisma4j sizes its own by default. */
    private static HikariDataSource jdbcPool(TestDatabase db) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jdbc");
        config.setJdbcUrl(db.jdbcUrl());
        config.setMaximumPoolSize(db.kind() == DatabaseKind.SQLITE ? 1 : Runtime.getRuntime().availableProcessors() * 2 + 1);
        if (db.kind() == DatabaseKind.SQLITE) {
            config.addDataSourceProperty("foreign_keys", "true");
        }
        return new HikariDataSource(config);
    }
}
