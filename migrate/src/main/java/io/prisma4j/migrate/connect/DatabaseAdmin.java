package io.prisma4j.migrate.connect;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.schema.connector.Provider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Creates and drops whole databases: the database {@code migrate dev} is pointed at when it does not exist
 * yet, and temporary shadow databases. Server databases are managed through the server's maintenance
 * database ({@code postgres} on PostgreSQL, none on MySQL).
 */
public final class DatabaseAdmin {
    private DatabaseAdmin() {
    }

    public static boolean exists(DatabaseUrl url) {
        if (url.provider() == Provider.SQLITE) {
            return Files.exists(url.sqliteFile());
        }
        try (DatabaseConnection admin = DatabaseConnection.open(maintenance(url))) {
            String sql = url.provider() == Provider.POSTGRESQL ? "SELECT COUNT(*) FROM pg_database WHERE datname = ?"
                    : "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?";
            return admin.count(sql, url.database()) > 0;
        } catch (SQLException e) {
            throw ConnectionErrors.translate(url, e);
        }
    }

    /** Creates the database (nothing to do for SQLite, whose file is created on first connection). */
    public static void create(DatabaseUrl url) {
        if (url.provider() == Provider.SQLITE) {
            return;
        }
        try (DatabaseConnection admin = DatabaseConnection.open(maintenance(url))) {
            admin.execute(url.provider() == Provider.POSTGRESQL ? "CREATE DATABASE \"" + url.database().replace("\"", "\"\"") + "\""
                    : "CREATE DATABASE `" + url.database().replace("`", "``") + "`");
        } catch (SQLException e) {
            throw new MigrateException("P3014", "Prisma Migrate could not create the database `" + url.database()
                    + "` at `" + url.location() + "`. Please make sure the database user has permission to create "
                    + "databases.\n\nOriginal error: " + e.getMessage(), e);
        }
    }

    public static void drop(DatabaseUrl url) {
        if (url.provider() == Provider.SQLITE) {
            try {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(url.sqliteFile() + suffix));
                }
            } catch (IOException e) {
                throw new MigrateException(null, "Could not delete the SQLite database " + url.sqliteFile() + ": "
                        + e.getMessage(), e);
            }
            return;
        }
        try (DatabaseConnection admin = DatabaseConnection.open(maintenance(url))) {
            if (url.provider() == Provider.POSTGRESQL) {
                admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> "
                        + "pg_backend_pid()", url.database());
                admin.execute("DROP DATABASE IF EXISTS \"" + url.database().replace("\"", "\"\"") + "\"");
            } else {
                admin.execute("DROP DATABASE IF EXISTS `" + url.database().replace("`", "``") + "`");
            }
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not drop the database `" + url.database() + "` at `" + url.location()
                    + "`: " + e.getMessage(), e);
        }
    }

    /**
     * A new, empty database on the same server (or a temporary SQLite file) for a shadow database. The
     * caller drops it with {@link #drop(DatabaseUrl)}.
     */
    public static DatabaseUrl createTemporary(DatabaseUrl url) {
        String name = "prisma_migrate_shadow_db_" + UUID.randomUUID();
        if (url.provider() == Provider.SQLITE) {
            try {
                Path file = Files.createTempFile("prisma4j-shadow-", ".db");
                Files.delete(file);
                return new DatabaseUrl(Provider.SQLITE, "", 0, file.getFileName().toString(), null, null,
                        java.util.Map.of(), file);
            } catch (IOException e) {
                throw new MigrateException("P3014", "Prisma Migrate could not create the shadow database: "
                        + e.getMessage(), e);
            }
        }
        DatabaseUrl shadow = url.withDatabase(name);
        try {
            create(shadow);
        } catch (MigrateException e) {
            throw new MigrateException("P3014", "Prisma Migrate could not create the shadow database. Please make sure "
                    + "the database user has permission to create databases. Read more about the shadow database (and "
                    + "workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return shadow;
    }

    private static DatabaseUrl maintenance(DatabaseUrl url) {
        return url.provider() == Provider.POSTGRESQL ? url.withDatabase("postgres") : url.withDatabase("");
    }
}
