package io.prisma4j.migrate.sqlite;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.dialect.DatabaseHousekeeping;
import io.prisma4j.migrate.history.MigrationLock;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite's migrations table, lock and reset. SQLite has no advisory locks, so concurrent runs take an
 * exclusive lock on a file next to the database.
 */
final class SqliteHousekeeping implements DatabaseHousekeeping {
    private static final String DDL = """
            CREATE TABLE "_prisma_migrations" (
                "id"                    TEXT PRIMARY KEY NOT NULL,
                "checksum"              TEXT NOT NULL,
                "finished_at"           DATETIME,
                "migration_name"        TEXT NOT NULL,
                "logs"                  TEXT,
                "rolled_back_at"        DATETIME,
                "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
                "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
            )""";

    @Override
    public String migrationsTableDdl() {
        return DDL;
    }

    /** File locks are held by the whole JVM, so threads of one JVM also queue on an in-process lock. */
    private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    @Override
    public MigrationLock lock(DatabaseConnection connection) {
        // Outside the project: one lock file per database file, in the temporary folder.
        String database = connection.url().sqliteFile().toAbsolutePath().toString();
        String key = Integer.toHexString(database.hashCode());
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "prisma4j-migrate-" + key + ".lock");
        ReentrantLock local = IN_PROCESS.computeIfAbsent(database, d -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            return () -> {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    // Closing the channel releases the lock in any case.
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException e) {
            local.unlock();
            throw new MigrateException(null, "Could not lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return connection.names("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "ORDER BY name");
    }

    @Override
    public void resetSchema(DatabaseConnection connection) throws SQLException {
        connection.execute("PRAGMA foreign_keys=OFF");
        for (Object[] row : connection.query("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table', "
                + "'trigger') AND name NOT LIKE 'sqlite_%'")) {
            connection.execute("DROP " + ((String) row[0]).toUpperCase(java.util.Locale.ROOT) + " IF EXISTS \""
                    + ((String) row[1]).replace("\"", "\"\"") + "\"");
        }
        connection.execute("PRAGMA foreign_keys=ON");
        connection.execute("VACUUM");
    }
}
