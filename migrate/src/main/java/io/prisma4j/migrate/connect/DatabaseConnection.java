package io.prisma4j.migrate.connect;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.schema.connector.Provider;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One JDBC connection opened from a {@link DatabaseUrl}, with connection failures turned into Prisma's errors. */
public final class DatabaseConnection implements AutoCloseable {
    private final DatabaseUrl url;
    private final Connection connection;

    private DatabaseConnection(DatabaseUrl url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Opens a connection; an unreachable server is P1001, bad credentials P1000, a missing database P1003. */
    public static DatabaseConnection open(DatabaseUrl url) {
        try {
            if (url.provider() == Provider.SQLITE && url.sqliteFile().getParent() != null) {
                Files.createDirectories(url.sqliteFile().getParent());
            }
            DatabaseConnection connection = new DatabaseConnection(url, DriverManager.getConnection(url.jdbcUrl()));
            if (url.provider() == Provider.POSTGRESQL) {
                connection.ensureSchema();
            }
            return connection;
        } catch (SQLException e) {
            throw ConnectionErrors.translate(url, e);
        } catch (java.io.IOException e) {
            throw new MigrateException("P1003", "Could not create the folder of the SQLite database `"
                    + url.sqliteFile() + "`: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the URL's PostgreSQL schema ({@code ?schema=}) when it does not exist, as Prisma's schema engine
     * does on every connection: {@code migrate dev}, {@code db push} and {@code deploy} then work in a fresh schema.
     */
    private void ensureSchema() throws SQLException {
        String schema = url.namespace();
        List<Object[]> exists = query("SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = ?)", schema);
        if (!Boolean.TRUE.equals(exists.get(0)[0])) {
            try {
                execute("CREATE SCHEMA \"" + schema.replace("\"", "\"\"") + "\"");
            } catch (SQLException e) {
                close();
                throw new MigrateException(null, "Could not create the schema `" + schema + "` in " + url + ": "
                        + e.getMessage(), e);
            }
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    public Provider provider() {
        return url.provider();
    }

    public Connection jdbc() {
        return connection;
    }

    /** Runs one statement (no parameters). */
    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Rows of a query with bound parameters, each row as an array of column values. */
    public List<Object[]> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The first column of every row, as text (names from the catalog). */
    public List<String> names(String sql, Object... parameters) throws SQLException {
        return query(sql, parameters).stream().map(row -> (String) row[0]).toList();
    }

    /** The first column of the first row, as a number. */
    public long count(String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = query(sql, parameters);
        return rows.isEmpty() || rows.get(0)[0] == null ? 0 : ((Number) rows.get(0)[0]).longValue();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a connection that failed is not worth reporting over the error that made it fail.
        }
    }
}
