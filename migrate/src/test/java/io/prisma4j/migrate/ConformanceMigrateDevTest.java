package io.prisma4j.migrate;

import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.connect.SqlStatements;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate dev} of every migrate case on a real database: the migration Prisma wrote (with its
 * warnings header) and the data-loss diagnostics for the database holding the seed rows.
 */
class ConformanceMigrateDevTest {

    @TestFactory
    Stream<DynamicTest> migrationsAndWarningsMatchPrisma() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : Conformance.cases("migrate")) {
            for (DatabaseKind kind : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.SQLITE)) {
                if (Files.exists(dir.resolve(kind.provider() + ".sql"))) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + kind.provider(), () -> run(dir, kind)));
                }
            }
        }
        return tests.stream();
    }

    private static void run(Path dir, DatabaseKind kind) throws Exception {
        String provider = kind.provider();
        try (TestDatabase db = TestDatabases.create(kind);
             DatabaseConnection connection = DatabaseConnection.open(DatabaseUrl.parse(db.url(), null))) {
            Path schema = dir.resolve("schema." + provider + ".prisma");
            DataModel target;
            MigrateEngine engine;
            if (Files.exists(schema)) {
                target = model(schema);
                engine = MigrateEngine.of(target.provider());
            } else {
                DataModel before = model(dir.resolve("before." + provider + ".prisma"));
                target = model(dir.resolve("after." + provider + ".prisma"));
                engine = MigrateEngine.of(target.provider());
                engine.apply(engine.diff(engine.describe(connection), engine.calculate(before, null)), connection);
                Path seed = dir.resolve("seed.sql");
                if (Files.exists(seed)) {
                    for (String statement : SqlStatements.split(Conformance.read(seed))) {
                        connection.execute(statement);
                    }
                }
            }
            SqlSchema current = engine.describe(connection);
            Migration migration = engine.diff(current, engine.calculate(target, null));
            Path expectedMigration = dir.resolve(provider + ".migration.sql");
            String label = dir.getFileName() + " " + provider;
            if (migration.isEmpty()) {
                assertThat(expectedMigration).as(label + ": no migration").doesNotExist();
            } else {
                assertThat(engine.script(migration, engine.pureCheck(migration))).as(label)
                        .isEqualTo(Conformance.read(expectedMigration));
            }
            Path expectedWarnings = dir.resolve(provider + ".warnings.txt");
            Diagnostics diagnostics = engine.check(migration, connection);
            assertThat(diagnostics.stepLines()).as(label + " warnings")
                    .isEqualTo(Files.exists(expectedWarnings) ? Conformance.read(expectedWarnings) : "");
            if (!migration.isEmpty() && diagnostics.isEmpty()) {
                engine.apply(migration, connection);
                assertThat(engine.diff(engine.describe(connection), engine.calculate(target, null)).steps())
                        .as(label + ": no drift after applying").isEmpty();
            }
        }
    }

    private static DataModel model(Path file) {
        return PrismaSchema.parse(Conformance.read(file)).dataModel();
    }
}
