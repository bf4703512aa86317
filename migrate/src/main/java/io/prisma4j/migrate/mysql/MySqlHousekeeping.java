package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.dialect.DatabaseHousekeeping;
import io.prisma4j.migrate.history.MigrationLock;

import java.sql.SQLException;
import java.util.List;

/** MySQL's migrations table, named lock ({@code GET_LOCK}, as Prisma) and reset. */
final class MySqlHousekeeping implements DatabaseHousekeeping {
    private static final int LOCK_TIMEOUT_SECONDS = 10;

    private static final String DDL = """
            CREATE TABLE _prisma_migrations (
                id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                checksum                VARCHAR(64) NOT NULL,
                finished_at             DATETIME(3),
                migration_name          VARCHAR(255) NOT NULL,
                logs                    TEXT,
                rolled_back_at          DATETIME(3),
                started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci""";

    @Override
    public String migrationsTableDdl() {
        return DDL;
    }

    @Override
    public MigrationLock lock(DatabaseConnection connection) {
        try {
            long acquired = connection.count("SELECT GET_LOCK('prisma_migrate', ?)", LOCK_TIMEOUT_SECONDS);
            if (acquired != 1) {
                throw new MigrateException("P1002", "The database server at `" + connection.url().location()
                        + "` was reached but timed out.\n\nPlease try again.\n\nContext: Timed out trying to acquire a "
                        + "database advisory lock (SELECT GET_LOCK('prisma_migrate', " + LOCK_TIMEOUT_SECONDS
                        + ")). Another migration is probably running; see https://pris.ly/d/migrate-advisory-locking.");
            }
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not acquire the migration lock: " + e.getMessage(), e);
        }
        return () -> {
            try {
                connection.query("SELECT RELEASE_LOCK('prisma_migrate')");
            } catch (SQLException e) {
                // The lock goes with the session when the connection closes.
            }
        };
    }

    @Override
    public List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return connection.names("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
                + "TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    }

    @Override
    public void resetSchema(DatabaseConnection connection) throws SQLException {
        connection.execute("SET FOREIGN_KEY_CHECKS = 0");
        try {
            for (Object[] row : connection.query("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE "
                    + "TABLE_SCHEMA = DATABASE()")) {
                String kind = "VIEW".equals(row[1]) ? "VIEW" : "TABLE";
                connection.execute("DROP " + kind + " IF EXISTS `" + ((String) row[0]).replace("`", "``") + "`");
            }
        } finally {
            connection.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }
}
