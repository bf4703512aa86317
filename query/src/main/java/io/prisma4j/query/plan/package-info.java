/**
 * Query plan caching, as Prisma's client caches compiled plans: a read, or a write of one record, is
 * reduced to its shape (its arguments with the filter and field values taken out), and once a shape has
 * been seen twice its SQL is kept with where each parameter comes from (a taken-out value, a constant,
 * or for a write the request's time), so later calls of the same shape skip validation and SQL building.
 * A plan is only kept after it has been checked to reproduce the full path's statements exactly.
 */
package io.prisma4j.query.plan;
