package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;

import java.sql.SQLException;
import java.util.List;

/** {@code migrate reset}: drops everything in the database, then applies every migration again. */
public final class Reset {
    private Reset() {
    }

    /** Returns the exit code: 0 after a reset, 130 when the person declined. */
    public static int run(MigrateProject project, boolean force, Console console) {
        console.print(project.datasourceLine() + "\n");
        if (!force) {
            if (!console.isInteractive()) {
                throw new MigrateException(null, "Prisma Migrate has detected that the environment is non-interactive. "
                        + "It is recommended to run this command in an interactive environment.\n\nUse --force to run this "
                        + "command without user interaction.\nSee https://www.prisma.io/docs/reference/api-reference/"
                        + "command-reference#migrate-reset");
            }
            if (!console.confirm("Are you sure you want to reset your database? All data will be lost.")) {
                console.print("\nReset cancelled.\n");
                return 130;
            }
        }
        Databases.ensureExists(project);
        List<String> applied;
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            project.migrations().checkProvider(engine.dialect().provider().prismaName());
            engine.dialect().resetSchema(connection);
            console.print("\n");
            applied = new MigrationRunner(connection, engine.dialect(), console).applyPending(project.migrations());
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not reset the database at " + project.url() + ": " + e.getMessage(), e);
        }
        console.print("\nDatabase reset successful\n");
        if (!applied.isEmpty()) {
            console.print("\nThe following migration(s) have been applied:\n\n" + Databases.tree("migrations", applied)
                    + "\n");
        }
        return 0;
    }
}
