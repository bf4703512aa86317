/**
 * Migration history as Prisma keeps it: the migrations folder ({@code <yyyyMMddHHmmss>_<name>/migration.sql}
 * and {@code migration_lock.toml}), the {@code _prisma_migrations} table, script checksums, and the lock
 * that keeps concurrent deploys from applying a migration twice.
 */
package io.prisma4j.migrate.history;
