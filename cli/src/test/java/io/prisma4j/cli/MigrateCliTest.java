package io.prisma4j.cli;

import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrate and db commands end to end: flags, output and exit codes. */
class MigrateCliTest {

    static Path project(TestDatabase db, String models) throws IOException {
        Path dir = Files.createTempDirectory("prisma4j-cli");
        Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(dir.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"" + db.provider()
                + "\"\n  url      = \"" + db.url() + "\"\n}\n\n" + models);
        return dir.resolve("prisma/schema.prisma");
    }

    static List<String> column(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    @EachDatabase
    void devStatusDiffPushPullAndExecuteWorkTogether(TestDatabase db) throws Exception {
        Path schema = project(db, "model Post {\n  id    Int    @id @default(autoincrement())\n  title String\n}\n");

        CliRun dev = CliRun.of("migrate", "dev", "--name", "init", "--schema", schema.toString());
        assertThat(dev.exitCode()).as(dev.toString()).isZero();
        assertThat(dev.out()).contains("Applying migration `").contains("_init`")
                .contains("Your database is now in sync with your schema.");

        CliRun status = CliRun.of("migrate", "status", "--schema", schema.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("1 migration found in prisma/migrations").contains("Database schema is up to date!");

        CliRun same = CliRun.of("migrate", "diff", "--from-url", db.url(), "--to-schema", schema.toString(), "--exit-code");
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.out()).isEqualTo("No difference detected.\n");

        Files.writeString(schema, Files.readString(schema).replace("  title String\n", "  title String\n  views Int @default(0)\n"));
        CliRun changed = CliRun.of("migrate", "diff", "--from-url", db.url(), "--to-schema", schema.toString(),
                "--script", "--exit-code");
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.out()).contains("views");

        CliRun push = CliRun.of("db", "push", "--schema", schema.toString());
        assertThat(push.exitCode()).as(push.toString()).isZero();
        assertThat(push.out()).contains("Your database is now in sync with your Prisma schema.");
        assertThat(CliRun.of("db", "push", "--schema", schema.toString()).out())
                .contains("The database is already in sync with the Prisma schema.");

        Path script = schema.resolveSibling("insert.sql");
        String table = db.kind() == DatabaseKind.MYSQL ? "`Post`" : "\"Post\"";
        Files.writeString(script, "INSERT INTO " + table + " (title) VALUES ('hello');");
        CliRun execute = CliRun.of("db", "execute", "--file", script.toString(), "--schema", schema.toString());
        assertThat(execute.exitCode()).as(execute.toString()).isZero();
        assertThat(column(db, "SELECT title FROM " + table)).containsExactly("hello");

        Files.writeString(schema, Files.readString(schema).replace("  url      = ", "  url = "));
        CliRun pull = CliRun.of("db", "pull", "--print", "--schema", schema.toString());
        assertThat(pull.exitCode()).as(pull.toString()).isZero();
        assertThat(pull.out()).contains("  url      = \"").contains("model Post {").contains("views Int    @default(0)");
    }

    @EachDatabase
    void fourConcurrentDeploysApplyEachMigrationOnce(TestDatabase db) throws Exception {
        Path schema = project(db, "model A {\n  id Int @id\n}\n");
        Path migrations = schema.resolveSibling("migrations");
        String sleep = switch (db.kind()) {
            case POSTGRESQL -> "SELECT pg_sleep(0.5);\n";
            case MYSQL -> "DO SLEEP(0.5);\n";
            case SQLITE -> "";
        };
        for (int i = 1; i <= 5; i++) {
            Path dir = migrations.resolve("2020010100000" + i + "_m" + i);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("migration.sql"), sleep + "CREATE TABLE t" + i + " (id INTEGER);\n");
        }
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    PrismaCli.class.getName(), "migrate", "deploy", "--schema", schema.toString())
                    .redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
        }
        assertThat(column(db, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name"))
                .containsExactly("20200101000001_m1", "20200101000002_m2", "20200101000003_m3", "20200101000004_m4",
                        "20200101000005_m5");
    }

    @org.junit.jupiter.api.Test
    void resetRunsTheConfiguredSeedUnlessToldNotTo() throws Exception {
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE)) {
            Path schema = project(db, "model A {\n  id Int @id\n}\n");
            Path projectDir = schema.getParent().getParent();
            Path seeded = projectDir.resolve("seeded");
            Files.writeString(projectDir.resolve(SeedRunner.PROPERTIES), "seed=touch '" + seeded + "'\n");
            try (WorkingDirectory in = WorkingDirectory.enter(projectDir)) {
                CliRun skipped = CliRun.of("migrate", "reset", "--force", "--skip-seed", "--schema", schema.toString());
                assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
                assertThat(skipped.out()).doesNotContain("Running seed command");
                assertThat(seeded).doesNotExist();

                CliRun reset = CliRun.of("migrate", "reset", "--force", "--schema", schema.toString());
                assertThat(reset.exitCode()).as(reset.toString()).isZero();
                assertThat(reset.out()).contains("The seed command has been executed.");
                assertThat(seeded).exists();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anUnreachableServerIsP1001WithHostAndPort() throws Exception {
        Path dir = Files.createTempDirectory("prisma4j-cli");
        Path schema = dir.resolve("schema.prisma");
        Files.writeString(schema, "datasource db {\n  provider = \"postgresql\"\n  url      = "
                + "\"postgresql://postgres@127.0.0.1:1/nowhere\"\n}\n\nmodel A {\n  id Int @id\n}\n");

        CliRun run = CliRun.of("migrate", "deploy", "--schema", schema.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Error: P1001: Can't reach database server at `127.0.0.1`:`1`")
                .contains("Please make sure your database server is running at `127.0.0.1`:`1`.");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
