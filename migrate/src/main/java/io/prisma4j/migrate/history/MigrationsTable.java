package io.prisma4j.migrate.history;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.schema.connector.Provider;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code _prisma_migrations} table, created and written exactly as Prisma does, so a database can move
 * between Prisma and prisma4j. SQLite keeps timestamps as RFC 3339 text ({@code 2026-11-23T23:05:10.932+00:00}).
 */
public final class MigrationsTable {
    public static final String NAME = "_prisma_migrations";
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final DatabaseConnection connection;
    private final Dialect dialect;

    public MigrationsTable(DatabaseConnection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    private String table() {
        return dialect.renderer().quote(NAME);
    }

    public boolean exists() {
        try {
            return dialect.tableNames(connection).contains(NAME);
        } catch (SQLException e) {
            throw failure("read the migrations table", e);
        }
    }

    public void create() {
        try {
            connection.execute(dialect.migrationsTableDdl());
        } catch (SQLException e) {
            throw failure("create the migrations table", e);
        }
    }

    /** Every row, oldest first. */
    public List<MigrationRecord> list() {
        String sql = "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, "
                + "applied_steps_count FROM " + table() + " ORDER BY started_at ASC";
        try (PreparedStatement statement = connection.jdbc().prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            List<MigrationRecord> records = new ArrayList<>();
            while (rs.next()) {
                records.add(new MigrationRecord(rs.getString(1), rs.getString(2), time(rs, 3), rs.getString(4),
                        rs.getString(5), time(rs, 6), time(rs, 7), rs.getInt(8)));
            }
            return records;
        } catch (SQLException e) {
            throw failure("read the migrations table", e);
        }
    }

    /** Inserts a started migration (no {@code finished_at}) and returns its id. */
    public String recordStarted(String name, String checksum) {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO " + table() + " (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)",
                id, checksum, now(), name);
        return id;
    }

    public void recordSuccessfulStep(String id) {
        update("UPDATE " + table() + " SET applied_steps_count = applied_steps_count + 1 WHERE id = ?", id);
    }

    public void recordFinished(String id) {
        update("UPDATE " + table() + " SET finished_at = ? WHERE id = ?", now(), id);
    }

    public void recordFailed(String id, String logs) {
        update("UPDATE " + table() + " SET logs = ? WHERE id = ?", logs, id);
    }

    /** Records a migration as applied without running it ({@code migrate resolve --applied}). */
    public String markApplied(String name, String checksum) {
        String id = UUID.randomUUID().toString();
        Object now = now();
        update("INSERT INTO " + table() + " (id, checksum, logs, started_at, finished_at, migration_name) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, checksum, "", now, now, name);
        return id;
    }

    public void markRolledBack(String id) {
        update("UPDATE " + table() + " SET rolled_back_at = ? WHERE id = ?", now(), id);
    }

    private void update(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.jdbc().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("write to the migrations table", e);
        }
    }

    /** The current time in the form the database keeps, to millisecond precision as Prisma writes it. */
    private Object now() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (connection.provider() == Provider.SQLITE) {
            return SQLITE_TIME.format(now.atOffset(ZoneOffset.UTC));
        }
        if (connection.provider() == Provider.POSTGRESQL) {
            return now.atOffset(ZoneOffset.UTC);
        }
        return Timestamp.from(now);
    }

    private Instant time(ResultSet rs, int column) throws SQLException {
        if (connection.provider() != Provider.SQLITE) {
            Timestamp value = rs.getTimestamp(column);
            return value == null ? null : value.toInstant();
        }
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
        }
    }

    private MigrateException failure(String what, SQLException e) {
        return new MigrateException(null, "Could not " + what + " (" + NAME + ") on " + connection.url() + ": "
                + e.getMessage(), e);
    }
}
