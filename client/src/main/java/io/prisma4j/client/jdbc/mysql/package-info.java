/** MySQL/MariaDB at the JDBC level: binding, reading, error translation. */
package io.prisma4j.client.jdbc.mysql;
