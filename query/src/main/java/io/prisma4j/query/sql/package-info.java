/**
 * Executes the query tree on SQL databases: reads with batched relation loading, aggregates, writes with
 * nested relation writes and Prisma's defaults, emulated referential actions. Talks to the database only
 * through {@link io.prisma4j.query.sql.SqlPort}; what differs per database is in
 * {@link io.prisma4j.query.sql.SqlFlavour} and its implementations.
 */
package io.prisma4j.query.sql;
