/**
 * The SQL schema model migrations work on: tables, columns, primary keys, indexes, foreign keys, enums
 * and namespaces, with stable ids in creation order (the differ sorts steps by them, as Prisma does).
 * Built by the calculator (from a {@code DataModel}) or by a describer (from a live database) through
 * {@link io.prisma4j.migrate.schema.SqlSchemaBuilder}; read-only once built.
 */
package io.prisma4j.migrate.schema;
