/**
 * Query plan caching, as Prisma's client caches compiled plans: a read is reduced to its shape (its
 * arguments with the filter values taken out), and once a shape has been seen twice its SQL is kept with
 * where each parameter comes from, so later calls of the same shape skip validation and SQL building.
 * A plan is only kept after it has been checked to reproduce the full path's statement exactly.
 */
package io.prisma4j.query.plan;
