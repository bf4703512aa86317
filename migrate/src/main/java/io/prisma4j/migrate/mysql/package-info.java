/**
 * MySQL and MariaDB: types ({@code VARCHAR(191)}, {@code DATETIME(3)}, inline {@code ENUM(...)}), indexes
 * declared inside {@code CREATE TABLE}, the information_schema describer, and MariaDB's differences
 * (JSON stored as checked {@code LONGTEXT}, no {@code RENAME INDEX}).
 */
package io.prisma4j.migrate.mysql;
