package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failing migrations and the ways out: P3018 while applying, P3009 afterwards, {@code migrate resolve}. */
class DeployFaultsTest {
    private static final String MODEL = "model Tag {\n  id   Int    @id @default(autoincrement())\n  name String\n}";

    private static void writeMigration(TestProject project, String name, String sql) throws IOException {
        Path dir = project.dir.resolve("prisma/migrations").resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("migration.sql"), sql);
    }

    @EachDatabase
    void aFailingMigrationIsRecordedThenBlocksDeployUntilResolved(TestDatabase db) throws IOException {
        TestProject project = new TestProject(db).model(MODEL);
        Dev.run(project.project(), new Dev.Options("init", true), project.console());
        String table = project.q("Broken");
        writeMigration(project, "20991231000000_broken", "CREATE TABLE " + table + " (id INTEGER);\nCREATE TABLE "
                + table + " (id INTEGER);\n");

        assertThatThrownBy(() -> Deploy.run(project.project(), project.console())).isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3018"))
                .hasMessageContaining("Migration name: 20991231000000_broken").hasMessageContaining("Database error:");
        List<List<String>> rows = project.rows("SELECT migration_name, finished_at, applied_steps_count, logs FROM "
                + "_prisma_migrations ORDER BY started_at");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(0, 3)).containsExactly("20991231000000_broken", "null", "0");
        assertThat(rows.get(1).get(3)).contains("A migration failed to apply");

        assertThatThrownBy(() -> Deploy.run(project.project(), project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3009"))
                .hasMessageContaining("The `20991231000000_broken` migration started at");
        assertThat(Status.run(project.project(), project.console())).isEqualTo(1);
        assertThat(project.output).contains("Following migration have failed:\n20991231000000_broken");

        if (db.provider().equals("postgresql")) {
            // PostgreSQL ran the script in one transaction: nothing of it stayed.
            assertThat(project.rows("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'Broken'"))
                    .containsExactly(List.of("0"));
        } else {
            project.execute("DROP TABLE " + table);
        }
        Resolve.rolledBack(project.project(), "20991231000000_broken", project.console());
        writeMigration(project, "20991231000000_broken", "CREATE TABLE " + table + " (id INTEGER);\n");

        assertThat(Deploy.run(project.project(), project.console())).containsExactly("20991231000000_broken");
        assertThat(Status.run(project.project(), project.console())).isZero();
        assertThatThrownBy(() -> Resolve.applied(project.project(), "20991231000000_broken", project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3008"));
        assertThatThrownBy(() -> Resolve.rolledBack(project.project(), "20991231000000_broken", project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3012"));
        assertThatThrownBy(() -> Resolve.applied(project.project(), "20991231000000_missing", project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3017"));
    }

    @EachDatabase
    void aFailedMigrationFixedByHandIsResolvedAsApplied(TestDatabase db) throws IOException {
        TestProject project = new TestProject(db).model(MODEL);
        writeMigration(project, "20200101000000_init", "CREATE TABLE " + project.q("Tag") + " (id INTEGER PRIMARY KEY, "
                + "name VARCHAR(10) NOT NULL);\nINSERT INTO " + project.q("Tag") + " VALUES (1, 'way too long a name');\n");
        if (db.provider().equals("sqlite")) {
            // SQLite stores the long value; make the script fail another way.
            writeMigration(project, "20200101000000_init", "CREATE TABLE " + project.q("Tag")
                    + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nINSERT INTO " + project.q("Tag") + " VALUES (1, NULL);\n");
        }
        assertThatThrownBy(() -> Deploy.run(project.project(), project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3018"));

        Resolve.applied(project.project(), "20200101000000_init", project.console());

        assertThat(project.output).contains("Migration 20200101000000_init marked as applied.");
        assertThat(project.rows("SELECT COUNT(*) FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL"))
                .containsExactly(List.of("1"));
        assertThat(Status.run(project.project(), project.console())).isZero();
    }

    @EachDatabase
    void deployRefusesADatabaseWithTablesButNoHistory(TestDatabase db) throws IOException {
        TestProject project = new TestProject(db).model(MODEL);
        project.execute("CREATE TABLE legacy (id INTEGER)");
        writeMigration(project, "20200101000000_init", "CREATE TABLE a (id INTEGER);");

        assertThatThrownBy(() -> Deploy.run(project.project(), project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3005"));
        assertThat(Status.run(project.project(), project.console())).isEqualTo(1);
        assertThat(project.output).contains("Following migration have not yet been applied:\n20200101000000_init");

        Files.delete(project.dir.resolve("prisma/migrations/20200101000000_init/migration.sql"));
        assertThat(Status.run(project.project(), project.console())).isEqualTo(1);
        assertThat(project.output).contains("The current database is not managed by Prisma Migrate.");
    }

    @EachDatabase
    void aMigrationEditedAfterItWasAppliedNeedsAReset(TestDatabase db) throws IOException {
        TestProject project = new TestProject(db).model(MODEL);
        project.dev("init");
        Path script = project.project().migrations().migrations().get(0).scriptFile();
        Files.writeString(script, Files.readString(script) + "\n-- edited\n");

        Dev.Outcome outcome = project.dev("next");

        assertThat(outcome.exitCode()).isEqualTo(130);
        assertThat(project.output).contains("was modified after it was applied.")
                .contains("You may use prisma migrate reset to drop the development database.");
    }

    @EachDatabase
    void driftIsReportedWithASummary(TestDatabase db) {
        TestProject project = new TestProject(db).model(MODEL);
        project.dev("init");
        project.execute("CREATE TABLE " + project.q("Extra") + " (id INTEGER PRIMARY KEY)");

        assertThat(project.dev("next").exitCode()).isEqualTo(130);
        assertThat(project.output).contains("Drift detected: Your database schema is not in sync with your migration "
                + "history.").contains("[+] Added tables\n  - Extra");
    }

    @EachDatabase
    void resetReappliesEveryMigrationOnAnEmptyDatabase(TestDatabase db) {
        TestProject project = new TestProject(db).model(MODEL);
        project.dev("init");
        project.execute("INSERT INTO " + project.q("Tag") + " (name) VALUES ('a')");

        assertThat(Reset.run(project.project(), true, project.console())).isZero();

        assertThat(project.rows("SELECT COUNT(*) FROM " + project.q("Tag"))).containsExactly(List.of("0"));
        assertThat(project.output).contains("Database reset successful");
        assertThat(Status.run(project.project(), project.console())).isZero();
    }

    @EachDatabase
    void aLockFileForAnotherProviderIsP3019(TestDatabase db) throws IOException {
        TestProject project = new TestProject(db).model(MODEL);
        project.project().migrations().writeLock(db.provider().equals("sqlite") ? "postgresql" : "sqlite");

        assertThatThrownBy(() -> Deploy.run(project.project(), project.console()))
                .satisfies(e -> assertThat(((MigrateException) e).code()).isEqualTo("P3019"))
                .hasMessageContaining("does not match the one specified in the migration_lock.toml");
    }
}
