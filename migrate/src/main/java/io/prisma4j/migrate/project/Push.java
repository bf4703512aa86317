package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.diff.Migration;

import java.sql.SQLException;

/**
 * {@code db push}: makes the database match the schema without a migration history (prototyping). Data
 * loss needs {@code --accept-data-loss} (or a yes in a terminal); unexecutable changes need
 * {@code --force-reset}.
 */
public final class Push {
    /** {@code --accept-data-loss}, {@code --force-reset}. */
    public record Options(boolean acceptDataLoss, boolean forceReset) {
    }

    private Push() {
    }

    /** Returns the exit code (0, or 130 when the person declined). */
    public static int run(MigrateProject project, Options options, Console console) {
        console.print(project.datasourceLine() + "\n");
        String created = Databases.ensureExists(project);
        if (created != null) {
            console.print("\n" + created + "\n");
        }
        long start = System.nanoTime();
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            boolean reset = false;
            if (options.forceReset()) {
                engine.dialect().resetSchema(connection);
                String schema = project.url().namespace() == null ? "" : " schema \"" + project.url().namespace() + "\"";
                console.print("\nThe " + project.prettyProvider() + " database \"" + project.url().database() + "\""
                        + schema + " at \"" + project.location() + "\" was successfully reset.\n");
                reset = true;
            }
            Migration migration = engine.diff(engine.describe(connection),
                    engine.calculate(project.dataModel(), project.url().namespace()));
            Diagnostics dataLoss = engine.check(migration, connection);
            if (!dataLoss.unexecutable().isEmpty()) {
                StringBuilder message = new StringBuilder("\n⚠️ We found changes that cannot be executed:\n\n");
                dataLoss.unexecutable().forEach(i -> message.append("  • ").append(i.message()).append('\n'));
                message.append("\nYou may use the --force-reset flag to drop the database before push like prisma db "
                        + "push --force-reset\nAll data will be lost.\n");
                throw new MigrateException(null, message.toString());
            }
            if (!dataLoss.warnings().isEmpty()) {
                console.print("\n⚠️  There might be data loss when applying the changes:\n\n");
                dataLoss.warnings().forEach(i -> console.print("  • " + i.message() + "\n\n"));
                if (!options.acceptDataLoss()) {
                    if (!console.isInteractive()) {
                        throw new MigrateException(null, "Use the --accept-data-loss flag to ignore the data loss "
                                + "warnings like prisma db push --accept-data-loss");
                    }
                    if (!console.confirm("Do you want to ignore the warning(s)?")) {
                        console.print("Push cancelled.\n");
                        return 130;
                    }
                }
            }
            engine.apply(migration, connection);
            if (!reset && migration.isEmpty()) {
                console.print("\nThe database is already in sync with the Prisma schema.\n");
            } else {
                long millis = (System.nanoTime() - start) / 1_000_000;
                console.print("\n🚀  Your database is now in sync with your Prisma schema. Done in " + millis + "ms\n");
            }
            return 0;
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not change the database at " + project.url() + ": " + e.getMessage(), e);
        }
    }
}
