/**
 * The {@code queries} conformance category: replays the recorded Prisma Client calls of each suite on
 * fresh PostgreSQL, MySQL/MariaDB and SQLite databases and compares prisma4j's answers with Prisma's.
 */
package io.prisma4j.conformance.queries;
