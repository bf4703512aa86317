/**
 * Describers: a live database read back into a {@link io.prisma4j.migrate.schema.SqlSchema} from its
 * catalogs (pg_catalog, MySQL's information_schema, SQLite's pragmas), typed so that a schema migrated by
 * prisma4j describes exactly as it was calculated. Each database's describer lives in its package.
 */
package io.prisma4j.migrate.describe;
