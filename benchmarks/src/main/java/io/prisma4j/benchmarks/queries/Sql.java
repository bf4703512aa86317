package io.prisma4j.benchmarks.queries;

import io.prisma4j.testkit.DatabaseKind;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What hand-written SQL differs in between the three databases: quoting, enum casts, timestamps, RETURNING
 * (MariaDB 10.5+ on INSERT and DELETE only, MySQL none), and how a transaction starts.
 */
final class Sql {
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+00:00'");
    final DatabaseKind kind;
    private final boolean mariaDbReturning;

    /** For a database without MariaDB's RETURNING (PostgreSQL, SQLite, MySQL). */
    Sql(DatabaseKind kind) {
        this(kind, false);
    }

    Sql(DatabaseKind kind, boolean mariaDbReturning) {
        this.kind = kind;
        this.mariaDbReturning = mariaDbReturning;
    }

    /** Whether the server behind a MySQL-kind connection is MariaDB 10.5 or later. */
    static boolean mariaDbReturning(Connection connection) throws SQLException {
        DatabaseMetaData server = connection.getMetaData();
        int major = server.getDatabaseMajorVersion();
        return server.getDatabaseProductVersion().contains("MariaDB")
                && (major > 10 || major == 10 && server.getDatabaseMinorVersion() >= 5);
    }

    /** A quoted identifier (the Blog tables' camel-case columns need it on PostgreSQL). */
    String q(String identifier) {
        return kind == DatabaseKind.MYSQL ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    /** A placeholder for a value of a PostgreSQL enum type (a plain placeholder elsewhere). */
    String enumValue(String type) {
        return kind == DatabaseKind.POSTGRESQL ? "CAST(? AS \"" + type + "\")" : "?";
    }

    /** RETURNING on INSERT, UPDATE and DELETE. */
    boolean returning() {
        return kind != DatabaseKind.MYSQL;
    }

    /** RETURNING on INSERT (with or without an upsert clause) and DELETE. */
    boolean insertDeleteReturning() {
        return returning() || mariaDbReturning;
    }

    /**
     * Opens a transaction. MariaDB's connector sends {@code setAutoCommit(false)} and {@code (true)} as
     * statements of their own, so a careful hand there writes {@code START TRANSACTION} and keeps auto-commit;
     * PostgreSQL's driver sends its BEGIN with the first statement.
     */
    void begin(Connection connection) throws SQLException {
        if (kind == DatabaseKind.MYSQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("START TRANSACTION");
            }
        } else {
            connection.setAutoCommit(false);
        }
    }

    /** Ends what {@link #begin} opened, after its commit or rollback. */
    void end(Connection connection) throws SQLException {
        if (kind != DatabaseKind.MYSQL) {
            connection.setAutoCommit(true);
        }
    }

    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, kind == DatabaseKind.SQLITE ? Types.VARCHAR : Types.TIMESTAMP);
        } else if (kind == DatabaseKind.SQLITE) {
            // Prisma's SQLite text form of a DateTime.
            statement.setString(index, SQLITE_TIME.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    Instant getInstant(ResultSet rs, int index) throws SQLException {
        if (kind == DatabaseKind.SQLITE) {
            String text = rs.getString(index);
            if (text == null) {
                return null;
            }
            // Prisma's form has an offset; CURRENT_TIMESTAMP defaults of the DDL write "yyyy-MM-dd HH:mm:ss".
            return text.length() == 19 ? LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
        }
        LocalDateTime local = rs.getObject(index, LocalDateTime.class);
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }
}
