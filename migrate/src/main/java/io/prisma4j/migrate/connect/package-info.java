/**
 * Connecting to databases from Prisma-style URLs ({@code postgresql://}, {@code mysql://}, {@code file:}):
 * URL parsing and JDBC mapping, connection errors with Prisma's codes (P1000, P1001, P1003), and creating
 * and dropping databases (shadow databases, {@code migrate dev} on a missing database).
 */
package io.prisma4j.migrate.connect;
