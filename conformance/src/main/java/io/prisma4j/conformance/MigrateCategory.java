package io.prisma4j.conformance;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.connect.DatabaseAdmin;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.connect.SqlStatements;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code migrate/}: for every case and provider, the {@code migrate diff --script} output ({@code <provider>.sql}),
 * the migration {@code migrate dev} writes on a real database ({@code <provider>.migration.sql}) and the
 * data-loss diagnostics for the database holding {@code seed.sql}'s rows ({@code <provider>.warnings.txt}).
 * PostgreSQL databases are created on the server of {@code PRISMA4J_TEST_POSTGRES_URL}
 * (default {@code postgresql://postgres@127.0.0.1:5432}) and dropped afterwards. Prisma could not record MySQL
 * (see the corpus's {@code migrate/MYSQL.md}), so for MySQL every schema of {@code schemas/} is migrated onto
 * MariaDB and must leave no difference ({@link MySqlRoundTrips}).
 */
final class MigrateCategory implements Category {
    private static final List<String> PROVIDERS = List.of("postgresql", "sqlite");

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public List<Result> run(Path folder) throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(folder)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        List<Result> results = new ArrayList<>();
        for (String provider : PROVIDERS) {
            List<CaseOutcome> outcomes = new ArrayList<>();
            for (Path dir : cases) {
                if (Files.exists(dir.resolve(provider + ".sql"))) {
                    outcomes.add(runCase(dir, provider));
                }
            }
            results.add(new Result(provider, outcomes));
        }
        results.add(new Result("mysql", MySqlRoundTrips.run(folder.resolveSibling("schemas"))));
        return results;
    }

    private static CaseOutcome runCase(Path dir, String provider) {
        String name = dir.getFileName().toString();
        try {
            String diff = compare("diff script", read(dir.resolve(provider + ".sql")), diffScript(dir, provider));
            String dev = devMigration(dir, provider);
            String failures = diff + dev;
            return failures.isEmpty() ? CaseOutcome.pass(name) : CaseOutcome.fail(name, failures);
        } catch (Exception e) {
            return CaseOutcome.fail(name, "error: " + e);
        }
    }

    /** {@code migrate diff --from-empty|--from-schema before --to-schema ... --script}. */
    private static String diffScript(Path dir, String provider) throws IOException {
        Path schema = dir.resolve("schema." + provider + ".prisma");
        boolean fromEmpty = Files.exists(schema);
        DataModel target = model(fromEmpty ? schema : dir.resolve("after." + provider + ".prisma"));
        MigrateEngine engine = MigrateEngine.of(target.provider());
        SqlSchema from = fromEmpty ? SqlSchema.empty()
                : engine.calculate(model(dir.resolve("before." + provider + ".prisma")), null);
        Migration migration = engine.diff(from, engine.calculate(target, null));
        String script = engine.script(migration, Diagnostics.none());
        return script.endsWith("\n") ? script : script + "\n";
    }

    /** {@code migrate dev} on a fresh database: the migration it writes and what it warns about. */
    private static String devMigration(Path dir, String provider) throws Exception {
        DatabaseUrl url = DatabaseAdmin.createTemporary(serverUrl(provider));
        try (DatabaseConnection connection = DatabaseConnection.open(url)) {
            Path schema = dir.resolve("schema." + provider + ".prisma");
            DataModel target;
            if (Files.exists(schema)) {
                target = model(schema);
            } else {
                target = model(dir.resolve("after." + provider + ".prisma"));
                MigrateEngine engine = MigrateEngine.of(target.provider());
                DataModel before = model(dir.resolve("before." + provider + ".prisma"));
                engine.apply(engine.diff(engine.describe(connection), engine.calculate(before, null)), connection);
                Path seed = dir.resolve("seed.sql");
                if (Files.exists(seed)) {
                    for (String statement : SqlStatements.split(Files.readString(seed))) {
                        connection.execute(statement);
                    }
                }
            }
            MigrateEngine engine = MigrateEngine.of(target.provider());
            Migration migration = engine.diff(engine.describe(connection), engine.calculate(target, null));
            Path expected = dir.resolve(provider + ".migration.sql");
            String failures = migration.isEmpty()
                    ? (Files.exists(expected) ? "migration.sql: expected a migration, prisma4j found no change\n" : "")
                    : compare("migration.sql", read(expected), engine.script(migration, engine.pureCheck(migration)));
            String lines = engine.check(migration, connection).stepLines();
            return failures + compare("warnings.txt", read(dir.resolve(provider + ".warnings.txt")), lines);
        } finally {
            DatabaseAdmin.drop(url);
        }
    }

    private static DatabaseUrl serverUrl(String provider) {
        if (provider.equals("sqlite")) {
            return DatabaseUrl.parse("file:conformance.db", Path.of(System.getProperty("java.io.tmpdir")));
        }
        String server = System.getenv().getOrDefault("PRISMA4J_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432");
        return DatabaseUrl.parse(server + "/postgres", null);
    }

    private static String compare(String what, String expected, String actual) {
        String diff = TextDiff.diff(expected, actual);
        return diff.isEmpty() ? "" : what + ": " + diff;
    }

    /** The file's text, or {@code ""} when Prisma wrote no such file. */
    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static DataModel model(Path file) throws IOException {
        return PrismaSchema.parse(Files.readString(file)).dataModel();
    }
}
