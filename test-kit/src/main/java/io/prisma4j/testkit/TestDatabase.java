package io.prisma4j.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty database for one test: its own PostgreSQL or MariaDB database (dropped on close) or its
 * own SQLite file (deleted on close). Gives the URL in Prisma's form ({@link #url()}) and in JDBC form.
 */
public final class TestDatabase implements AutoCloseable {
    private final DatabaseKind kind;
    private final String name;
    private final String url;
    private final String jdbcUrl;
    private final Path sqliteFile;
    private final String serverUrl;

    TestDatabase(DatabaseKind kind, String name, String url, String jdbcUrl, Path sqliteFile, String serverUrl) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.sqliteFile = sqliteFile;
        this.serverUrl = serverUrl;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The provider name for a schema's datasource. */
    public String provider() {
        return kind.provider();
    }

    /** The database name (PostgreSQL/MariaDB) or file name (SQLite). */
    public String name() {
        return name;
    }

    /** The URL as Prisma takes it: {@code postgresql://...}, {@code mysql://...}, {@code file:...}. */
    public String url() {
        return url;
    }

    /** The same database as a JDBC URL. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The SQLite file, or {@code null} for a server database. */
    public Path sqliteFile() {
        return sqliteFile;
    }

    /** A new JDBC connection (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Runs statements separated by {@code ;} at line ends (DDL fixtures). */
    public void execute(String script) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.split(script)) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run the script on " + this + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (sqliteFile != null) {
                Files.deleteIfExists(sqliteFile);
                Files.deleteIfExists(sqliteFile.resolveSibling(sqliteFile.getFileName() + "-journal"));
                Files.deleteIfExists(sqliteFile.resolveSibling(sqliteFile.getFileName() + "-wal"));
                Files.deleteIfExists(sqliteFile.resolveSibling(sqliteFile.getFileName() + "-shm"));
            } else {
                TestDatabases.drop(kind, name, serverUrl);
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are named prisma4j_test_* and are swept by the next run; a failed drop must not fail a test.
        }
    }

    @Override
    public String toString() {
        return kind.provider();
    }
}
