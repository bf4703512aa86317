package io.prisma4j.migrate.history;

import java.time.Instant;

/**
 * One row of {@code _prisma_migrations}. A migration is applied when {@code finishedAt} is set, failed
 * when neither {@code finishedAt} nor {@code rolledBackAt} is, and rolled back (ignored) when
 * {@code rolledBackAt} is.
 */
public record MigrationRecord(String id, String checksum, Instant finishedAt, String migrationName, String logs,
                              Instant rolledBackAt, Instant startedAt, int appliedStepsCount) {

    public boolean isApplied() {
        return finishedAt != null && rolledBackAt == null;
    }

    public boolean isFailed() {
        return finishedAt == null && rolledBackAt == null;
    }

    public boolean isRolledBack() {
        return rolledBackAt != null;
    }
}
