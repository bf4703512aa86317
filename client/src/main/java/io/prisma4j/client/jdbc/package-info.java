/**
 * The JDBC layer of the client: Prisma's datasource URLs ({@link io.prisma4j.client.jdbc.ConnectionUrl}),
 * and per database ({@code jdbc.postgres}, {@code jdbc.mysql}, {@code jdbc.sqlite}) how values are bound and
 * read and how database errors translate into Prisma's descriptions ({@link io.prisma4j.client.jdbc.DriverError}).
 */
package io.prisma4j.client.jdbc;
