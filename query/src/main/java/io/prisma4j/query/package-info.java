/**
 * Front door of the query engine ({@link io.prisma4j.query.QueryEngine}): validates model actions with
 * arguments shaped as Prisma Client JS takes them into an SQL-independent operation tree
 * ({@code query.tree}); {@code query.sql} executes that tree through a connection port. Known request
 * errors are {@link io.prisma4j.query.QueryRequestException} with Prisma's codes. No JDBC here.
 */
package io.prisma4j.query;
