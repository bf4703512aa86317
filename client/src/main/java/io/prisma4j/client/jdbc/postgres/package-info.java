/** PostgreSQL at the JDBC level: binding as untyped text, reading, error translation. */
package io.prisma4j.client.jdbc.postgres;
