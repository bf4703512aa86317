/**
 * One {@link io.prisma4j.migrate.dialect.Dialect} per database, bundling its calculator and differ
 * flavours, DDL renderer, describer, destructive change checks and housekeeping (migrations table, lock,
 * reset). Each database's dialect is a {@link io.prisma4j.migrate.dialect.ComposedDialect} of its parts.
 * Shared code asks the dialect; it never switches on the provider.
 */
package io.prisma4j.migrate.dialect;
