package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.history.MigrationDirectory;
import io.prisma4j.migrate.history.MigrationRecord;
import io.prisma4j.migrate.history.MigrationsTable;
import io.prisma4j.migrate.schema.SqlSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrate dev}: replays the history into a shadow database to detect drift and broken migrations,
 * applies pending migrations, then writes and applies a migration for what the schema changed, after
 * checking it for data loss (asking in a terminal, refusing elsewhere).
 */
public final class Dev {
    /** {@code --name}, {@code --create-only}. */
    public record Options(String name, boolean createOnly) {
    }

    /** What happened, for the caller (seeding, exit code). */
    public record Outcome(boolean databaseCreated, boolean databaseReset, List<String> created, int exitCode) {
    }

    private Dev() {
    }

    public static Outcome run(MigrateProject project, Options options, Console console) {
        console.print(project.datasourceLine() + "\n\n");
        String created = Databases.ensureExists(project);
        if (created != null) {
            console.print(created + "\n\n");
        }
        try (DatabaseConnection connection = DatabaseConnection.open(project.url());
             ShadowDatabase shadow = ShadowDatabase.open(project.url(), project.shadowUrl())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            project.migrations().checkProvider(engine.dialect().provider().prismaName());
            DevState state = DevState.read(project, connection, engine, shadow);
            boolean reset = false;
            String reason = state.resetReason();
            if (reason != null) {
                if (!confirmReset(project, reason, console)) {
                    return new Outcome(created != null, false, List.of(), 130);
                }
                engine.dialect().resetSchema(connection);
                reset = true;
            }
            List<String> applied = new MigrationRunner(connection, engine.dialect(), console)
                    .applyPending(project.migrations());
            if (!applied.isEmpty()) {
                console.print("\nThe following migration(s) have been applied:\n\n"
                        + Databases.tree("migrations", applied) + "\n");
            }
            SqlSchema target = engine.calculate(project.dataModel(), project.url().namespace());
            Migration migration = engine.diff(state.afterAllMigrations(), target);
            Diagnostics dataLoss = engine.check(migration, connection);
            if (!dataLoss.unexecutable().isEmpty() && !options.createOnly()) {
                throw unexecutable(dataLoss);
            }
            if (!dataLoss.warnings().isEmpty() && !confirmWarnings(dataLoss, options, console)) {
                return new Outcome(created != null, reset, List.of(), 130);
            }
            String name = "";
            if (!migration.isEmpty() || options.createOnly()) {
                name = MigrationNames.choose(options.name(), console);
            }
            List<String> createdMigrations = new ArrayList<>();
            if (!migration.isEmpty() || options.createOnly()) {
                String script = engine.script(migration, engine.pureCheck(migration));
                MigrationDirectory directory = project.migrations().create(name, script);
                project.migrations().writeLock(engine.dialect().provider().prismaName());
                createdMigrations.add(directory.name());
                if (options.createOnly()) {
                    console.print("Prisma Migrate created the following migration without applying it "
                            + directory.name() + "\n\nYou can now edit it and apply it by running prisma migrate dev.\n");
                    return new Outcome(created != null, reset, createdMigrations, 0);
                }
                new MigrationRunner(connection, engine.dialect(), console).applyPending(project.migrations());
            }
            if (!applied.isEmpty()) {
                console.print("\n");
            }
            if (createdMigrations.isEmpty()) {
                console.print(applied.isEmpty() ? "Already in sync, no schema change or pending migration was found.\n"
                        : "Your database is now in sync with your schema.\n");
            } else {
                console.print("\nThe following migration(s) have been created and applied from new schema changes:\n\n"
                        + Databases.tree(folderLabel(project), createdMigrations)
                        + "\n\nYour database is now in sync with your schema.\n");
            }
            return new Outcome(created != null, reset, createdMigrations, 0);
        } catch (java.sql.SQLException e) {
            throw new MigrateException(null, "Could not reset the database at " + project.url() + ": " + e.getMessage(), e);
        }
    }

    private static String folderLabel(MigrateProject project) {
        java.nio.file.Path cwd = java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath();
        java.nio.file.Path folder = project.migrations().path().toAbsolutePath();
        return folder.startsWith(cwd) ? cwd.relativize(folder).toString() : folder.toString();
    }

    private static boolean confirmReset(MigrateProject project, String reason, Console console) {
        console.print(reason + "\n");
        String schema = project.url().namespace();
        String target = schema != null ? "We need to reset the \"" + schema + "\" schema"
                : "We need to reset the " + project.prettyProvider() + " database \"" + project.url().database() + "\"";
        console.print(target + " at \"" + project.location() + "\"\n");
        if (console.isInteractive() && console.confirm("Do you want to continue? All data will be lost.")) {
            return true;
        }
        console.print("\nYou may use prisma migrate reset to drop the development database.\nAll data will be lost.\n");
        return false;
    }

    private static MigrateException unexecutable(Diagnostics dataLoss) {
        StringBuilder message = new StringBuilder("\n⚠️ We found changes that cannot be executed:\n\n");
        for (Diagnostics.Item item : dataLoss.unexecutable()) {
            message.append("  • Step ").append(item.stepIndex()).append(' ').append(item.message()).append('\n');
        }
        message.append("\nYou can use prisma migrate dev --create-only to create the migration file, and manually modify "
                + "it to address the underlying issue(s).\nThen run prisma migrate dev to apply it and verify it works.\n");
        return new MigrateException(null, message.toString());
    }

    private static boolean confirmWarnings(Diagnostics dataLoss, Options options, Console console) {
        console.print("\n⚠️  Warnings for the current datasource:\n\n");
        for (Diagnostics.Item item : dataLoss.warnings()) {
            console.print("  • " + item.message() + "\n");
        }
        console.print("\n");
        if (!console.isInteractive()) {
            throw new MigrateException(null, "Prisma Migrate has detected that the environment is non-interactive, "
                    + "which is not supported.\n\n`prisma migrate dev` is an interactive command designed to create new "
                    + "migrations and evolve the database in development.\nTo apply existing migrations in deployments, "
                    + "use prisma migrate deploy.\nSee https://www.prisma.io/docs/reference/api-reference/command-"
                    + "reference#migrate-deploy");
        }
        boolean confirmed = console.confirm(options.createOnly() ? "Are you sure you want to create this migration?"
                : "Are you sure you want to create and apply this migration?");
        if (!confirmed) {
            console.print("Migration cancelled.\n");
        }
        return confirmed;
    }

    /** What the history and the database look like before {@code migrate dev} changes anything. */
    private record DevState(String resetReason, SqlSchema afterAllMigrations) {

        static DevState read(MigrateProject project, DatabaseConnection connection, MigrateEngine engine,
                             ShadowDatabase shadow) {
            MigrationsTable table = new MigrationsTable(connection, engine.dialect());
            boolean hasTable = table.exists();
            List<MigrationRecord> records = hasTable ? table.list() : List.of();
            List<MigrationDirectory> folder = project.migrations().migrations();
            HistoryDiagnosis diagnosis = HistoryDiagnosis.of(folder, records, hasTable);
            List<MigrationDirectory> applied = diagnosis.appliedMigrations(records);
            shadow.apply(applied);
            Migration drift = engine.diff(shadow.describe(), engine.describe(connection));
            shadow.apply(folder.stream().filter(m -> !applied.contains(m)).toList());
            return new DevState(ResetReasons.of(diagnosis, drift), shadow.describe());
        }
    }
}
