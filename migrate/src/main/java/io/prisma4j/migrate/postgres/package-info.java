/**
 * PostgreSQL: types, the calculator and differ flavour, Prisma's DDL text, the catalog describer and the
 * destructive change checks that differ from the defaults.
 */
package io.prisma4j.migrate.postgres;
