package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.history.Checksum;
import io.prisma4j.migrate.history.MigrationDirectory;
import io.prisma4j.migrate.history.MigrationRecord;
import io.prisma4j.migrate.history.MigrationsTable;

import java.util.List;

/**
 * {@code migrate resolve}: records by hand what happened to a migration, to recover from a failed one or
 * to baseline a database that existed before its history.
 */
public final class Resolve {
    private Resolve() {
    }

    /** {@code --applied NAME}: the migration's changes are in the database (applied by hand, or a baseline). */
    public static void applied(MigrateProject project, String name, Console console) {
        console.print(project.datasourceLine() + "\n");
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            project.migrations().checkProvider(engine.dialect().provider().prismaName());
            MigrationDirectory migration = project.migrations().migration(name).orElseThrow(() -> notFound(name));
            MigrationsTable table = new MigrationRunner(connection, engine.dialect(), console).initialize();
            List<MigrationRecord> records = table.list().stream().filter(r -> r.migrationName().equals(name)).toList();
            if (records.stream().anyMatch(MigrationRecord::isApplied)) {
                throw new MigrateException("P3008", "The migration `" + name + "` is already recorded as applied in the "
                        + "database.");
            }
            for (MigrationRecord record : records) {
                if (record.isFailed()) {
                    table.markRolledBack(record.id());
                }
            }
            table.markApplied(name, Checksum.of(migration.script()));
        }
        console.print("\nMigration " + name + " marked as applied.\n");
    }

    /** {@code --rolled-back NAME}: a failed migration was undone by hand; deploy may try it again. */
    public static void rolledBack(MigrateProject project, String name, Console console) {
        console.print(project.datasourceLine() + "\n");
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            project.migrations().checkProvider(engine.dialect().provider().prismaName());
            MigrationsTable table = new MigrationsTable(connection, engine.dialect());
            List<MigrationRecord> records = table.exists() ? table.list().stream()
                    .filter(r -> r.migrationName().equals(name)).toList() : List.of();
            List<MigrationRecord> failed = records.stream().filter(MigrationRecord::isFailed).toList();
            if (failed.isEmpty()) {
                if (records.isEmpty()) {
                    throw new MigrateException("P3011", "Migration `" + name + "` cannot be rolled back because it was "
                            + "never applied to the database. Hint: did you pass in the whole migration name? (example: "
                            + "\"20201207184859_initial_migration\")");
                }
                throw new MigrateException("P3012", "Migration `" + name + "` cannot be rolled back because it is not in "
                        + "a failed state.");
            }
            failed.forEach(record -> table.markRolledBack(record.id()));
        }
        console.print("\nMigration " + name + " marked as rolled back.\n");
    }

    private static MigrateException notFound(String name) {
        return new MigrateException("P3017", "The migration " + name + " could not be found. Please make sure that the "
                + "migration exists, and that you included the whole name of the directory. (example: "
                + "\"20201207184859_initial_migration\")");
    }
}
