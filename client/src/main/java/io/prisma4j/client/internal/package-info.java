/**
 * The client's runtime: the shared engine state ({@link io.prisma4j.client.internal.ClientRuntime}), the
 * connection pool, sessions and interactive transactions, the JDBC port of the query engine, log events,
 * and the building of Prisma's error messages.
 */
package io.prisma4j.client.internal;
