/**
 * DDL rendering: a {@link io.prisma4j.migrate.render.DdlRenderer} per database turns each
 * {@link io.prisma4j.migrate.diff.MigrationStep} into Prisma's exact SQL text, and
 * {@link io.prisma4j.migrate.render.MigrationScript} lays the statements out as Prisma writes
 * {@code migration.sql} (step comments, blank lines, warnings header).
 */
package io.prisma4j.migrate.render;
