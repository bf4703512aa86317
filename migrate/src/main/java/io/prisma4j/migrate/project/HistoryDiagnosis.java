package io.prisma4j.migrate.project;

import io.prisma4j.migrate.history.MigrationDirectory;
import io.prisma4j.migrate.history.MigrationRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The migrations folder compared with {@code _prisma_migrations}: which migrations the database has not
 * applied, which it applied that the folder lacks, which failed, and which were edited after being applied.
 *
 * @param hasMigrationsTable  whether the database keeps a history at all
 * @param unapplied           in the folder, not in the database
 * @param unpersisted         in the database, not in the folder
 * @param lastCommon          the last migration before the first unapplied one, when histories diverge
 * @param failed              started and never finished
 * @param edited              applied, but the script's checksum no longer matches
 * @param folderMigrations    the folder's migrations
 */
public record HistoryDiagnosis(boolean hasMigrationsTable, List<String> unapplied, List<String> unpersisted,
                               String lastCommon, List<String> failed, List<String> edited,
                               List<MigrationDirectory> folderMigrations) {

    public static HistoryDiagnosis of(List<MigrationDirectory> folder, List<MigrationRecord> records,
                                      boolean hasMigrationsTable) {
        List<String> unapplied = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        String lastCommon = null;
        boolean seenUnapplied = false;
        for (MigrationDirectory migration : folder) {
            MigrationRecord record = records.stream().filter(r -> r.migrationName().equals(migration.name()))
                    .findFirst().orElse(null);
            if (record == null) {
                unapplied.add(migration.name());
                seenUnapplied = true;
            } else {
                if (!migration.matches(record.checksum())) {
                    edited.add(record.migrationName());
                }
                if (!seenUnapplied) {
                    lastCommon = migration.name();
                }
            }
        }
        List<String> unpersisted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (MigrationRecord record : records) {
            if (record.isFailed()) {
                failed.add(record.migrationName());
            }
            if (folder.stream().noneMatch(m -> m.name().equals(record.migrationName()))) {
                unpersisted.add(record.migrationName());
            }
        }
        return new HistoryDiagnosis(hasMigrationsTable, unapplied, unpersisted, lastCommon, failed, edited, folder);
    }

    public boolean databaseIsBehind() {
        return !unapplied.isEmpty() && unpersisted.isEmpty();
    }

    public boolean folderIsBehind() {
        return unapplied.isEmpty() && !unpersisted.isEmpty();
    }

    public boolean historiesDiverge() {
        return !unapplied.isEmpty() && !unpersisted.isEmpty();
    }

    /** Folder migrations the database applied (finished, not rolled back), in folder order. */
    public List<MigrationDirectory> appliedMigrations(List<MigrationRecord> records) {
        return folderMigrations.stream().filter(m -> records.stream()
                .anyMatch(r -> r.isApplied() && r.migrationName().equals(m.name()))).toList();
    }
}
