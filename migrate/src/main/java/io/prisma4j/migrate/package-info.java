/**
 * Migrations: {@link io.prisma4j.migrate.MigrateEngine} calculates the SQL schema a data model wants,
 * describes what a database has, diffs them into Prisma's steps, checks them for data loss and renders
 * Prisma's SQL. The workflows behind the {@code migrate} and {@code db} commands live in
 * {@code io.prisma4j.migrate.project}; one package per database holds what differs
 * ({@code postgres}, {@code mysql}, {@code sqlite}).
 */
package io.prisma4j.migrate;
