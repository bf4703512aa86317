/**
 * SQLite: no native types, enums stored as text, tables redefined (created anew and copied) whenever
 * SQLite's {@code ALTER TABLE} cannot make the change; the pragma-based describer.
 */
package io.prisma4j.migrate.sqlite;
