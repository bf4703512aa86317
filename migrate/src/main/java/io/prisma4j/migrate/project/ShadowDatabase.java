package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseAdmin;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.history.MigrationDirectory;
import io.prisma4j.migrate.schema.SqlSchema;

import java.sql.SQLException;
import java.util.List;

/**
 * A scratch database migrations are replayed into, to learn the schema the history produces: the
 * configured {@code shadowDatabaseUrl} (emptied first), or a temporary database created on the same
 * server and dropped afterwards.
 */
public final class ShadowDatabase implements AutoCloseable {
    private final DatabaseUrl url;
    private final boolean temporary;
    private final DatabaseConnection connection;
    private final MigrateEngine engine;

    private ShadowDatabase(DatabaseUrl url, boolean temporary) {
        this.url = url;
        this.temporary = temporary;
        DatabaseConnection opened = DatabaseConnection.open(url);
        this.connection = opened;
        this.engine = MigrateEngine.of(opened);
    }

    public static ShadowDatabase open(DatabaseUrl main, DatabaseUrl configured) {
        if (configured == null) {
            return new ShadowDatabase(DatabaseAdmin.createTemporary(main), true);
        }
        if (configured.jdbcUrl().equals(main.jdbcUrl())) {
            throw new MigrateException("P3015", "The shadow database you configured appears to be the same as the main "
                    + "database. Please specify another shadow database.");
        }
        if (!DatabaseAdmin.exists(configured)) {
            DatabaseAdmin.create(configured);
        }
        ShadowDatabase shadow = new ShadowDatabase(configured, false);
        try {
            shadow.engine.dialect().resetSchema(shadow.connection);
        } catch (SQLException e) {
            shadow.close();
            throw new MigrateException(null, "Could not empty the shadow database " + configured + ": " + e.getMessage(), e);
        }
        return shadow;
    }

    /** Applies migrations in order; a failing one is P3006. */
    public void apply(List<MigrationDirectory> migrations) {
        for (MigrationDirectory migration : migrations) {
            try {
                ScriptRunner.run(connection, migration.script());
            } catch (ScriptRunner.ScriptFailure failure) {
                String code = failure.sqlState().isEmpty() ? "" : "Error code: " + failure.sqlState() + "\n";
                throw new MigrateException("P3006", "Migration `" + migration.name() + "` failed to apply cleanly to "
                        + "the shadow database. \n" + code + "Error:\n" + failure.getMessage()
                        + (failure.statement() == null ? "" : "\n\nFailed statement:\n" + failure.statement()), failure);
            }
        }
    }

    public SqlSchema describe() {
        return engine.describe(connection);
    }

    @Override
    public void close() {
        connection.close();
        if (temporary) {
            try {
                DatabaseAdmin.drop(url);
            } catch (MigrateException e) {
                // A leftover scratch database is named prisma_migrate_shadow_db_*; it must not hide the real outcome.
            }
        }
    }
}
