package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.connect.DatabaseConnection;

import java.util.List;

/** {@code migrate deploy}: applies pending migrations, never creates any; for production and CI. */
public final class Deploy {
    private Deploy() {
    }

    public static List<String> run(MigrateProject project, Console console) {
        console.print(project.datasourceLine() + "\n");
        String created = Databases.ensureExists(project);
        if (created != null) {
            console.print("\n" + created + "\n");
        }
        int count = project.migrations().migrations().size();
        console.print("\n" + (count == 0 ? "No migration found in prisma/migrations\n"
                : count + " migration" + (count > 1 ? "s" : "") + " found in prisma/migrations\n"));
        console.print("\n");
        List<String> applied;
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            applied = new MigrationRunner(connection, MigrateEngine.of(connection).dialect(), console)
                    .applyPending(project.migrations());
        }
        console.print("\n");
        if (applied.isEmpty()) {
            console.print("No pending migrations to apply.\n");
        } else {
            console.print("The following migration(s) have been applied:\n\n" + Databases.tree("migrations", applied)
                    + "\n\nAll migrations have been successfully applied.\n");
        }
        return applied;
    }
}
