package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.history.MigrationRecord;
import io.prisma4j.migrate.history.MigrationsTable;

import java.util.List;

/** {@code migrate status}: compares the migrations folder with the database's history; exit 1 when not in sync. */
public final class Status {
    private Status() {
    }

    /** Prints the report and returns the exit code (0 up to date, 1 anything else). */
    public static int run(MigrateProject project, Console console) {
        console.print(project.datasourceLine() + "\n");
        HistoryDiagnosis diagnosis;
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            project.migrations().checkProvider(engine.dialect().provider().prismaName());
            MigrationsTable table = new MigrationsTable(connection, engine.dialect());
            boolean hasTable = table.exists();
            List<MigrationRecord> records = hasTable ? table.list() : List.of();
            diagnosis = HistoryDiagnosis.of(project.migrations().migrations(), records, hasTable);
        }
        int count = diagnosis.folderMigrations().size();
        console.print("\n" + (count == 0 ? "No migration found in prisma/migrations\n"
                : count + " migration" + (count > 1 ? "s" : "") + " found in prisma/migrations\n"));
        if (diagnosis.databaseIsBehind()) {
            List<String> unapplied = diagnosis.unapplied();
            console.print("Following migration" + (unapplied.size() > 1 ? "s" : "") + " have not yet been applied:\n"
                    + String.join("\n", unapplied) + "\n\nTo apply migrations in development run prisma migrate dev.\n"
                    + "To apply migrations in production run prisma migrate deploy.\n");
            return 1;
        }
        if (diagnosis.historiesDiverge()) {
            console.print("Your local migration history and the migrations table from your database are different:\n\n"
                    + "The last common migration is: " + diagnosis.lastCommon() + "\n\nThe migration"
                    + (diagnosis.unapplied().size() > 1 ? "s" : "") + " have not yet been applied:\n"
                    + String.join("\n", diagnosis.unapplied()) + "\n\nThe migration"
                    + (diagnosis.unpersisted().size() > 1 ? "s" : "") + " from the database are not found locally in "
                    + "prisma/migrations:\n" + String.join("\n", diagnosis.unpersisted()) + "\n");
            return 1;
        }
        if (!diagnosis.hasMigrationsTable()) {
            if (count == 0) {
                console.print("The current database is not managed by Prisma Migrate.\n\nRead more about how to baseline "
                        + "an existing production database:\nhttps://pris.ly/d/migrate-baseline\n");
            } else {
                String first = diagnosis.folderMigrations().get(0).name();
                console.print("The current database is not managed by Prisma Migrate.\n\nIf you want to keep the current "
                        + "database structure and data and create new migrations, baseline this database with the "
                        + "migration \"" + first + "\":\nprisma migrate resolve --applied \"" + first + "\"\n\nRead more "
                        + "about how to baseline an existing production database:\nhttps://pris.ly/d/migrate-baseline\n");
            }
            return 1;
        }
        if (!diagnosis.failed().isEmpty()) {
            List<String> failed = diagnosis.failed();
            console.print("Following migration" + (failed.size() > 1 ? "s" : "") + " have failed:\n"
                    + String.join("\n", failed) + "\n\nDuring development if the failed migration(s) have not been "
                    + "deployed to a production database you can then fix the migration(s) and run prisma migrate dev.\n\n"
                    + "The failed migration(s) can be marked as rolled back or applied:\n\n- If you rolled back the "
                    + "migration(s) manually:\nprisma migrate resolve --rolled-back \"" + failed.get(0) + "\"\n\n- If you "
                    + "fixed the database manually (hotfix):\nprisma migrate resolve --applied \"" + failed.get(0)
                    + "\"\n\nRead more about how to resolve migration issues in a production database:\n"
                    + "https://pris.ly/d/migrate-resolve\n");
            return 1;
        }
        if (diagnosis.folderIsBehind()) {
            console.print("The following migration(s) are applied to the database but missing from the local migrations "
                    + "directory: " + String.join(", ", diagnosis.unpersisted()) + "\n");
            return 1;
        }
        console.print("\nDatabase schema is up to date!\n");
        return 0;
    }
}
