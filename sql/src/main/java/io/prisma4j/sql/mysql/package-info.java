/** The MySQL/MariaDB SQL writer. */
package io.prisma4j.sql.mysql;
