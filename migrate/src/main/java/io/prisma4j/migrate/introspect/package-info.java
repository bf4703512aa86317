/**
 * Introspection ({@code db pull}): a described {@link io.prisma4j.migrate.schema.SqlSchema} written back as
 * Prisma schema text in Prisma's formatted style, with relations from foreign keys (and implicit many-to-many
 * join tables), {@code @map}/{@code @@map} for names that are not identifiers, enums, native types and
 * defaults. Names from an existing schema are kept (re-introspection).
 */
package io.prisma4j.migrate.introspect;
