/**
 * One {@link io.prisma4j.migrate.dialect.Dialect} per database, bundling its calculator and differ
 * flavours, DDL renderer, describer and destructive change checks. Shared code asks the dialect; it never
 * switches on the provider.
 */
package io.prisma4j.migrate.dialect;
