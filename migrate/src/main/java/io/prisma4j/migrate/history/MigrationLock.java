package io.prisma4j.migrate.history;

/** A lock held while migrations are applied, so concurrent deploys apply each migration once. */
public interface MigrationLock extends AutoCloseable {

    /** Releases the lock; never throws (a lost connection releases it anyway). */
    @Override
    void close();
}
