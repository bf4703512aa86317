package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.dialect.DatabaseHousekeeping;
import io.prisma4j.migrate.history.MigrationLock;

import java.sql.SQLException;
import java.util.List;

/** PostgreSQL's migrations table, advisory lock and schema reset. */
final class PostgresHousekeeping implements DatabaseHousekeeping {
    /** The advisory lock key Prisma uses, so prisma4j and Prisma also exclude each other. */
    static final long LOCK_KEY = 72707369L;
    private static final long LOCK_TIMEOUT_MILLIS = 10_000;

    private static final String DDL = """
            CREATE TABLE "_prisma_migrations" (
                "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
                "checksum"              VARCHAR(64) NOT NULL,
                "finished_at"           TIMESTAMPTZ,
                "migration_name"        VARCHAR(255) NOT NULL,
                "logs"                  TEXT,
                "rolled_back_at"        TIMESTAMPTZ,
                "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
                "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
            )""";

    @Override
    public String migrationsTableDdl() {
        return DDL;
    }

    @Override
    public MigrationLock lock(DatabaseConnection connection) {
        long deadline = System.currentTimeMillis() + LOCK_TIMEOUT_MILLIS;
        try {
            while (true) {
                List<Object[]> rows = connection.query("SELECT pg_try_advisory_lock(?)", LOCK_KEY);
                if (Boolean.TRUE.equals(rows.get(0)[0])) {
                    break;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new MigrateException("P1002", "The database server at `" + connection.url().location()
                            + "` was reached but timed out.\n\nPlease try again.\n\nContext: Timed out trying to acquire a "
                            + "postgres advisory lock (SELECT pg_advisory_lock(" + LOCK_KEY + ")). Timeout: "
                            + LOCK_TIMEOUT_MILLIS + "ms. Another migration is probably running; see "
                            + "https://pris.ly/d/migrate-advisory-locking for details.");
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not acquire the migration lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException(null, "Interrupted while waiting for the migration lock", e);
        }
        return () -> {
            try {
                connection.query("SELECT pg_advisory_unlock(?)", LOCK_KEY);
            } catch (SQLException e) {
                // The lock goes with the session when the connection closes.
            }
        };
    }

    @Override
    public List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return connection.names("SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename",
                connection.url().namespace());
    }

    /** Drops and recreates the schema, as Prisma's reset does. */
    @Override
    public void resetSchema(DatabaseConnection connection) throws SQLException {
        String schema = '"' + connection.url().namespace().replace("\"", "\"\"") + '"';
        connection.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        connection.execute("CREATE SCHEMA " + schema);
    }
}
