package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseAdmin;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.schema.connector.Provider;

import java.nio.file.Files;

/** Opening the project's database, creating it first where the command does (dev, deploy, push, reset). */
final class Databases {
    private Databases() {
    }

    /**
     * Creates the database when it does not exist and says so ({@code PostgreSQL database mydb created at
     * localhost:5432}); {@code null} when it existed.
     */
    static String ensureExists(MigrateProject project) {
        DatabaseUrl url = project.url();
        if (url.provider() == Provider.SQLITE) {
            if (Files.exists(url.sqliteFile())) {
                return null;
            }
            try (DatabaseConnection ignored = DatabaseConnection.open(url)) {
                return "SQLite database " + url.sqliteFile().getFileName() + " created at " + project.location();
            }
        }
        try (DatabaseConnection ignored = DatabaseConnection.open(url)) {
            return null;
        } catch (MigrateException e) {
            if (!"P1003".equals(e.code())) {
                throw e;
            }
        }
        DatabaseAdmin.create(url);
        return project.prettyProvider() + " database " + url.database() + " created at " + url.location();
    }

    /** {@code migrations/ └─ 20201231000000_init/ └─ migration.sql} as Prisma prints applied migrations. */
    static String tree(String folder, java.util.List<String> migrations) {
        StringBuilder out = new StringBuilder(folder).append('/');
        for (String name : migrations) {
            out.append("\n  └─ ").append(name).append("/\n    └─ migration.sql");
        }
        return out.toString();
    }
}
