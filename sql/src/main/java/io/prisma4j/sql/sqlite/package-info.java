/** The SQLite SQL writer. */
package io.prisma4j.sql.sqlite;
