package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.diff.DiffDatabase;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.history.Checksum;
import io.prisma4j.migrate.history.MigrationDirectory;
import io.prisma4j.migrate.history.MigrationLock;
import io.prisma4j.migrate.history.MigrationRecord;
import io.prisma4j.migrate.history.MigrationsFolder;
import io.prisma4j.migrate.history.MigrationsTable;

import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the migrations of a folder that the database has not applied yet, under the migration lock,
 * recording each in {@code _prisma_migrations} as Prisma does: a row when it starts, its step count and
 * {@code finished_at} when it succeeds, its error in {@code logs} when it fails.
 */
public final class MigrationRunner {
    private final DatabaseConnection connection;
    private final Dialect dialect;
    private final Console console;

    public MigrationRunner(DatabaseConnection connection, Dialect dialect, Console console) {
        this.connection = connection;
        this.dialect = dialect;
        this.console = console;
    }

    /** Applies every pending migration in order; returns their names. */
    public List<String> applyPending(MigrationsFolder folder) {
        folder.checkProvider(dialect.provider().prismaName());
        List<MigrationDirectory> migrations = folder.migrations();
        try (MigrationLock lock = dialect.lock(connection)) {
            MigrationsTable table = initialize();
            List<MigrationRecord> records = table.list();
            failIfFailed(records);
            List<String> applied = new ArrayList<>();
            List<MigrationDirectory> pending = migrations.stream().filter(m -> records.stream()
                    .noneMatch(r -> !r.isRolledBack() && r.migrationName().equals(m.name()))).toList();
            for (int i = 0; i < pending.size(); i++) {
                apply(table, pending.get(i), pending.size() > 1 ? (i + 1) + "/" + pending.size() + ", " : "");
                applied.add(pending.get(i).name());
            }
            return applied;
        }
    }

    /** Creates {@code _prisma_migrations}; a database with other tables but no history is P3005. */
    MigrationsTable initialize() {
        MigrationsTable table = new MigrationsTable(connection, dialect);
        try {
            List<String> tables = dialect.tableNames(connection);
            if (tables.contains(MigrationsTable.NAME)) {
                return table;
            }
            if (tables.stream().anyMatch(t -> !dialect.differ().tableShouldBeIgnored(t)
                    && !t.equals(DiffDatabase.MIGRATIONS_TABLE))) {
                throw new MigrateException("P3005", "The database schema is not empty. Read more about how to baseline "
                        + "an existing production database: https://pris.ly/d/migrate-baseline");
            }
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not list the tables of " + connection.url() + ": " + e.getMessage(), e);
        }
        table.create();
        return table;
    }

    /** Prisma's {@code Applying migration `name`} line, with progress and the time it took. */
    private void apply(MigrationsTable table, MigrationDirectory migration, String progress) {
        String script = migration.script();
        console.print("Applying migration `" + migration.name() + "`");
        long start = System.nanoTime();
        String id = table.recordStarted(migration.name(), Checksum.of(script));
        try {
            ScriptRunner.run(connection, script);
        } catch (ScriptRunner.ScriptFailure failure) {
            console.print("\n");
            MigrateException error = migrationFailed(migration.name(), failure);
            table.recordFailed(id, error.getMessage());
            throw error;
        }
        table.recordSuccessfulStep(id);
        table.recordFinished(id);
        console.print(" (" + progress + (System.nanoTime() - start) / 1_000_000 + "ms)\n");
    }

    static MigrateException migrationFailed(String name, ScriptRunner.ScriptFailure failure) {
        String code = !failure.sqlState().isEmpty() ? failure.sqlState() : String.valueOf(failure.vendorCode());
        return new MigrateException("P3018", "A migration failed to apply. New migrations cannot be applied before the "
                + "error is recovered from. Read more about how to resolve migration issues in a production database: "
                + "https://pris.ly/d/migrate-resolve\n\nMigration name: " + name + "\n\nDatabase error code: " + code
                + "\n\nDatabase error:\n" + failure.getMessage()
                + (failure.statement() == null ? "" : "\n\nFailed statement:\n" + failure.statement()), failure);
    }

    /** P3009: a migration that started and never finished blocks every further migration. */
    static void failIfFailed(List<MigrationRecord> records) {
        StringBuilder details = new StringBuilder();
        for (MigrationRecord record : records) {
            if (record.isFailed()) {
                String logs = record.logs() == null || record.logs().isBlank() ? ""
                        : " with the following logs:\n" + record.logs().strip();
                details.append("The `").append(record.migrationName()).append("` migration started at ")
                        .append(DateTimeFormatter.ISO_INSTANT.format(record.startedAt())).append(" failed")
                        .append(logs).append('\n');
            }
        }
        if (!details.isEmpty()) {
            throw new MigrateException("P3009", "migrate found failed migrations in the target database, new migrations "
                    + "will not be applied. Read more about how to resolve migration issues in a production database: "
                    + "https://pris.ly/d/migrate-resolve\n" + details);
        }
    }
}
