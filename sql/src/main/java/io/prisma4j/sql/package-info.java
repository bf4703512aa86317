/**
 * Front door of the SQL layer: {@link io.prisma4j.sql.Sql} (tree factories, writers),
 * {@link io.prisma4j.sql.SqlStatement} (rendered text and parameters) and
 * {@link io.prisma4j.sql.SqlValue} (parameters needing a database type). The syntax tree lives in
 * {@code sql.ast}; each dialect's writer in {@code sql.postgres}, {@code sql.mysql}, {@code sql.sqlite}.
 * Knows nothing of Prisma models.
 */
package io.prisma4j.sql;
