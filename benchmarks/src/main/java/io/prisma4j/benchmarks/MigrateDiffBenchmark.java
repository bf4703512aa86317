package io.prisma4j.benchmarks;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.connect.DatabaseAdmin;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code migrate diff} of a 500-model schema. {@code againstEmpty}: the whole migration from nothing
 * (calculate, diff, check, render). {@code againstDatabase}: against a database that already has the schema,
 * database round trips included (describe), and {@code againstDescribed}: the same without them, which is
 * the part the 1 s target is about. PostgreSQL databases are created on {@code PRISMA4J_TEST_POSTGRES_URL}
 * (default {@code postgresql://postgres@127.0.0.1:5432}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MigrateDiffBenchmark {
    @Param({"sqlite", "postgresql"})
    public String provider;

    @Param({"500"})
    public int models;

    private DataModel dataModel;
    private MigrateEngine engine;
    private DatabaseUrl url;
    private DatabaseConnection connection;
    private SqlSchema described;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dataModel = PrismaSchema.parse(LargeSchema.of(provider, models)).dataModel();
        engine = MigrateEngine.of(dataModel.provider());
        DatabaseUrl server = provider.equals("sqlite")
                ? DatabaseUrl.parse("file:bench.db", Path.of(System.getProperty("java.io.tmpdir")))
                : DatabaseUrl.parse(System.getenv().getOrDefault("PRISMA4J_TEST_POSTGRES_URL",
                "postgresql://postgres@127.0.0.1:5432") + "/postgres", null);
        url = DatabaseAdmin.createTemporary(server);
        connection = DatabaseConnection.open(url);
        engine.apply(engine.diff(engine.describe(connection), engine.calculate(dataModel, null)), connection);
        described = engine.describe(connection);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        connection.close();
        DatabaseAdmin.drop(url);
    }

    @Benchmark
    public String againstEmpty() {
        Migration migration = engine.diff(SqlSchema.empty(), engine.calculate(dataModel, null));
        return engine.script(migration, engine.pureCheck(migration));
    }

    @Benchmark
    public String againstDatabase() {
        Migration migration = engine.diff(engine.describe(connection), engine.calculate(dataModel, null));
        return engine.script(migration, Diagnostics.none());
    }

    @Benchmark
    public String againstDescribed() {
        Migration migration = engine.diff(described, engine.calculate(dataModel, null));
        return engine.script(migration, Diagnostics.none());
    }
}
