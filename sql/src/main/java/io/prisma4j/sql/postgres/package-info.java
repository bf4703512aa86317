/** The PostgreSQL SQL writer. */
package io.prisma4j.sql.postgres;
