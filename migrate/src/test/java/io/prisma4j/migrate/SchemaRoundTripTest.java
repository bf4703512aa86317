package io.prisma4j.migrate;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.introspect.Introspector;
import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.Dev;
import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.env.Env;
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
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every conformance schema migrates onto its database ({@code migrate dev}), the database then describes as
 * the schema ({@code migrate diff} empty), and {@code db pull} writes a valid schema that again describes the
 * database exactly.
 */
class SchemaRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everySchemaMigratesAndLeavesNoDrift() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path schema : Conformance.schemas()) {
            String file = schema.getFileName().toString();
            for (DatabaseKind kind : DatabaseKind.values()) {
                if (file.endsWith("." + kind.provider() + ".prisma")) {
                    tests.add(DynamicTest.dynamicTest(file, () -> roundTrip(schema, kind)));
                }
            }
        }
        return tests.stream();
    }

    private static void roundTrip(Path file, DatabaseKind kind) throws Exception {
        DataModel model = PrismaSchema.parse(Conformance.read(file)).dataModel();
        try (TestDatabase db = TestDatabases.create(kind)) {
            Path dir = Files.createTempDirectory("prisma4j-roundtrip");
            Path schema = dir.resolve("schema.prisma");
            Files.writeString(schema, Conformance.read(file));
            MigrateProject project = MigrateProject.of(schema, model, Env.of(Map.of("DATABASE_URL", db.url())));
            Dev.Outcome outcome = Dev.run(project, new Dev.Options("init", false), Console.silent(new StringBuilder()));
            assertThat(outcome.exitCode()).isZero();
            roundTripAfterDev(model, db, kind, file);
        }
    }

    private static void roundTripAfterDev(DataModel model, TestDatabase db, DatabaseKind kind, Path file) {
        try (DatabaseConnection connection = DatabaseConnection.open(DatabaseUrl.parse(db.url(), null))) {
            MigrateEngine engine = MigrateEngine.of(connection);
            SqlSchema described = engine.describe(connection);
            Migration drift = engine.diff(described, engine.calculate(model, null));
            assertThat(engine.script(drift, engine.pureCheck(drift))).as(file.getFileName().toString())
                    .isEqualTo("-- This is an empty migration.");

            String header = "datasource db {\n  provider = \"" + kind.provider() + "\"\n}";
            String pulled = Introspector.introspect(described, engine.dialect(), null, header).schema();
            ParsedSchema reparsed = PrismaSchema.parse(pulled);
            assertThat(reparsed.isValid()).as(file.getFileName() + " pulled schema is valid:\n" + pulled + "\n"
                    + reparsed.printErrors()).isTrue();
            assertThat(PrismaSchema.format(pulled).text()).as(file.getFileName() + " pulled schema is formatted")
                    .isEqualTo(pulled);
            Migration afterPull = engine.diff(described, engine.calculate(reparsed.dataModel(), null));
            assertThat(engine.script(afterPull, engine.pureCheck(afterPull)))
                    .as(file.getFileName() + " pulled schema describes the database:\n" + pulled)
                    .isEqualTo("-- This is an empty migration.");
        }
    }
}
