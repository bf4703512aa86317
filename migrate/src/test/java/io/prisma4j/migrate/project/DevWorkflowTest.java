package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code migrate dev} through the tutorial's Phase 7 evolutions, on every database, keeping data. */
class DevWorkflowTest {

    @EachDatabase
    void addingFieldsWithDefaultsKeepsRowsAndFillsDefaults(TestDatabase db) throws Exception {
        TestProject project = new TestProject(db).schema("phase7-add-fields-before");
        assertThat(project.dev("init").created()).hasSize(1);
        assertThat(Files.readString(project.dir.resolve("prisma/migrations/migration_lock.toml")))
                .endsWith("provider = \"" + db.provider() + "\"\n");
        project.execute("INSERT INTO " + project.q("User") + " (email, name) VALUES ('ada@x.io', 'Ada'), "
                + "('bob@x.io', 'Bob')");

        project.schema("phase7-add-fields-after");
        Dev.Outcome outcome = project.dev("add_fields");

        assertThat(outcome.created()).singleElement().asString().endsWith("_add_fields");
        assertThat(project.rows("SELECT email, name, verified, bio FROM " + project.q("User") + " ORDER BY email"))
                .extracting(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(3))
                .containsExactly("ada@x.io/Ada/", "bob@x.io/Bob/");
        assertThat(Status.run(project.project(), project.console())).isZero();
        assertThat(project.dev(null).created()).isEmpty();
        assertThat(project.output).contains("Already in sync, no schema change or pending migration was found.");
    }

    @EachDatabase
    void renamingWithMapChangesNothingInTheDatabase(TestDatabase db) {
        TestProject project = new TestProject(db).schema("phase7-add-fields-before");
        project.dev("init");
        project.execute("INSERT INTO " + project.q("User") + " (email, name) VALUES ('ada@x.io', 'Ada')");

        project.schema("phase7-rename-map");

        assertThat(project.dev("rename").created()).isEmpty();
        assertThat(project.rows("SELECT name FROM " + project.q("User"))).containsExactly(java.util.List.of("Ada"));
    }

    @EachDatabase
    void makingAFieldRequiredWaitsUntilNoRowIsNull(TestDatabase db) {
        TestProject project = new TestProject(db).schema("phase7-zero-downtime-required-1");
        project.dev("optional");
        project.execute("INSERT INTO " + project.q("User") + " (" + project.q("newField") + ") VALUES ('a'), (NULL)");

        project.schema("phase7-zero-downtime-required-2");
        assertThatThrownBy(() -> project.dev("required")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("Made the column `newField` on table `User` required, but there are 1 existing "
                        + "NULL values.");
        assertThat(project.migrationNames()).hasSize(1);

        project.execute("UPDATE " + project.q("User") + " SET " + project.q("newField") + " = 'filled' WHERE "
                + project.q("newField") + " IS NULL");
        assertThat(project.dev("required").created()).hasSize(1);
        assertThat(project.rows("SELECT " + project.q("newField") + " FROM " + project.q("User") + " ORDER BY "
                + project.q("newField"))).containsExactly(java.util.List.of("a"), java.util.List.of("filled"));
    }

    @EachDatabase
    void droppingAColumnWithDataAsksAndRefusesWithoutAPerson(TestDatabase db) {
        TestProject project = new TestProject(db).schema("phase7-zero-downtime-rename-1");
        project.dev("both_fields");
        project.execute("INSERT INTO " + project.q("User") + " (" + project.q("oldField") + ") VALUES ('x'), ('y')");
        project.execute("UPDATE " + project.q("User") + " SET " + project.q("newField") + " = " + project.q("oldField"));

        project.schema("phase7-zero-downtime-rename-2");
        assertThatThrownBy(() -> project.dev("drop_old")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("non-interactive");
        assertThat(project.output).contains("You are about to drop the column `oldField` on the `User` table, which "
                + "still contains 2 non-null values.");

        project.interactive = true;
        assertThat(project.dev("drop_old").created()).hasSize(1);
        assertThat(project.output).contains("? Are you sure you want to create and apply this migration? yes");
        assertThat(project.rows("SELECT " + project.q("newField") + " FROM " + project.q("User") + " ORDER BY "
                + project.q("newField"))).containsExactly(java.util.List.of("x"), java.util.List.of("y"));
    }

    @EachDatabase
    void changingIntToStringKeepsTheValues(TestDatabase db) {
        TestProject project = new TestProject(db).model("model User {\n  id  Int @id @default(autoincrement())\n  "
                + "age Int\n}");
        project.dev("init");
        project.execute("INSERT INTO " + project.q("User") + " (age) VALUES (30), (41)");

        project.schema("phase7-change-type");
        project.interactive = true;
        project.dev("age_text");

        assertThat(project.rows("SELECT age FROM " + project.q("User") + " ORDER BY age"))
                .containsExactly(java.util.List.of("30"), java.util.List.of("41"));
    }

    @EachDatabase
    void createOnlyWritesTheMigrationWithoutApplyingIt(TestDatabase db) {
        TestProject project = new TestProject(db).schema("phase7-add-fields-before");
        Dev.Outcome outcome = Dev.run(project.project(), new Dev.Options("init", true), project.console());

        assertThat(outcome.created()).hasSize(1);
        assertThat(project.output).contains("Prisma Migrate created the following migration without applying it");
        assertThat(Status.run(project.project(), project.console())).isEqualTo(1);
        assertThat(project.dev(null).created()).isEmpty();
        assertThat(Status.run(project.project(), project.console())).isZero();
    }
}
