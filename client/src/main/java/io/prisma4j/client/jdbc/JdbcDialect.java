package io.prisma4j.client.jdbc;

import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.schema.connector.Provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Properties;

/**
 * What differs per database at the JDBC level: URLs and connection properties, how values are bound and
 * read, how raw query results are typed, and how the database's errors translate into Prisma's.
 */
public interface JdbcDialect {

    /**
     * Binds as a string what a database without JSON, enum or typed-text parameters (MySQL, SQLite) reads
     * from text: JSON, enum values, text, and JSON given as maps and lists. False when the value is none of them.
     */
    static boolean bindAsText(PreparedStatement statement, int index, Object value) throws SQLException {
        String text;
        if (value instanceof io.prisma4j.sql.SqlValue.Json json) {
            text = json.text();
        } else if (value instanceof io.prisma4j.sql.SqlValue.Enum enumValue) {
            text = enumValue.value();
        } else if (value instanceof io.prisma4j.sql.SqlValue.Text typed) {
            text = typed.value();
        } else if (value instanceof java.util.Map<?, ?> || value instanceof java.util.List<?>) {
            text = io.prisma4j.query.document.JsonValues.write(value);
        } else {
            return false;
        }
        statement.setString(index, text);
        return true;
    }


    Provider provider();

    String jdbcUrl(ConnectionUrl url);

    Properties properties(ConnectionUrl url);

    /** The pool size when the URL gives no connection_limit (Prisma: cores * 2 + 1; SQLite: 1). */
    default int defaultPoolSize() {
        return Runtime.getRuntime().availableProcessors() * 2 + 1;
    }

    /** Binds a value of a model query (see {@code SqlValue} for the typed ones). */
    void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException;

    /** Binds a parameter of a raw query the way Prisma's driver adapter passes it to the database. */
    void bindRaw(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException;

    /** Reads a column of a model query. */
    Object read(ResultSet resultSet, int index, ColumnType type) throws SQLException;

    /** Reads the rows of a model query; a dialect may keep state across rows (see SQLite). */
    default RowReader rowReader(ResultSet resultSet, java.util.List<ColumnType> columns) throws SQLException {
        return row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(resultSet, i + 1, columns.get(i));
            }
            return values;
        };
    }

    /** Prepares a model query's statement for the columns it reads (before its parameters are bound). */
    default void prepareForColumns(PreparedStatement statement, java.util.List<ColumnType> columns) throws SQLException {
    }

    /** Undoes what {@link #prepareForColumns} changed on the connection, once the rows are read. */
    default void releaseForColumns(PreparedStatement statement, java.util.List<ColumnType> columns) throws SQLException {
    }

    /** Reads the current row of a result set. */
    @FunctionalInterface
    interface RowReader {
        Object[] read(int rowNumber) throws SQLException;
    }

    /**
     * Whether the driver's update count after a statement that changes no rows (DDL) may still be the
     * previous statement's (SQLite's {@code changes()}); then raw statements check {@code total_changes()}.
     */
    default boolean staleUpdateCounts() {
        return false;
    }

    /** Reads a column of a raw query, typed from the result's metadata as Prisma's driver adapter types it. */
    Object readRaw(ResultSet resultSet, int index, ResultSetMetaData metaData) throws SQLException;

    /** Prisma's description of a database error, or null when the exception is not one. */
    DriverError translate(SQLException exception);

    /** The placeholder of the n-th parameter of a raw template (JDBC's {@code ?}). */
    default String placeholder(int index) {
        return "?";
    }

    /**
     * Raw SQL written with the database's own placeholders, made ready for JDBC: PostgreSQL's
     * {@code $1, $2} become {@code ?} with the parameters reordered to match.
     */
    default RawStatement rawStatement(String sql, java.util.List<Object> parameters) {
        return new RawStatement(sql, parameters);
    }

    /** Raw SQL and its parameters in JDBC form. */
    record RawStatement(String sql, java.util.List<Object> parameters) {
    }

    /** What {@code $executeRaw} returns for a statement that produced rows (PostgreSQL counts them). */
    default long rowsOfSelect(long rowCount) {
        return 0;
    }

    /** Whether the database accepts this isolation level ({@code READ COMMITTED}, ...). */
    default boolean supportsIsolationLevel(String sqlName) {
        return true;
    }

    /** Runs once on each new connection (session settings). */
    default void initialize(Connection connection) throws SQLException {
    }

    /**
     * The query engine's flavour for the server behind a connection: {@code configured} (the provider's),
     * unless the server can do more (MariaDB 10.5+ returns rows from INSERT and DELETE). A dialect that
     * does not need to ask takes no connection.
     */
    default SqlFlavour serverFlavour(SqlFlavour configured, java.util.function.Supplier<Connection> connection)
            throws SQLException {
        return configured;
    }

    /** Opens a transaction on a connection in auto-commit mode (the connection's own way by default). */
    default void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    /** Puts a connection back in auto-commit mode after its transaction ended ({@link #begin}'s undo). */
    default void endTransaction(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
    }
}
