/**
 * The resolved schema that validation works on (Prisma's "parser database"): every model, field,
 * enum, composite type, attribute and relation with its names and types resolved. It is built by four
 * passes in Prisma's order ({@link io.prisma4j.schema.validation.internal.db.NamesPass names},
 * {@link io.prisma4j.schema.validation.internal.db.TypesPass types},
 * {@link io.prisma4j.schema.validation.internal.db.AttributesPass attributes},
 * {@link io.prisma4j.schema.validation.internal.db.RelationsPass relations}); each reports the problems
 * it finds and keeps whatever it could resolve. Connector-specific rules live in
 * {@code io.prisma4j.schema.validation.internal.rules}.
 */
package io.prisma4j.schema.validation.internal.db;
