/**
 * The destructive change checker: from the steps of a migration, a {@link io.prisma4j.migrate.check.CheckPlan}
 * of warnings (data loss) and unexecutable steps, evaluated with Prisma's wording either against a live
 * database (row counts decide) or without one (the hypothetical wording of {@code migration.sql} headers).
 */
package io.prisma4j.migrate.check;
