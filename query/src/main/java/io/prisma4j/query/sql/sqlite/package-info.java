/** SQLite's answers to {@link io.prisma4j.query.sql.SqlFlavour}. */
package io.prisma4j.query.sql.sqlite;
