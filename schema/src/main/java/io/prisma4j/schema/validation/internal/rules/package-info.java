/**
 * The rules Prisma checks once a schema resolved without errors: provider capabilities, native types,
 * defaults, keys and indexes, constraint name clashes, relations and referential actions. They run in
 * Prisma's order (composite types, models with their fields and indexes, enums, relations) so the
 * diagnostics come out in the same order.
 */
package io.prisma4j.schema.validation.internal.rules;
