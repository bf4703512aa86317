/**
 * {@code prisma format}, byte for byte: {@link io.prisma4j.schema.format.SchemaFormatter} lays a schema
 * out as Prisma does (aligned columns, blank-line and comment rules, sorted attributes) after adding the
 * relation fields and arguments Prisma adds, and {@link io.prisma4j.schema.format.FormatReport} renders
 * the command's output. The parser and validation it relies on live in {@code schema.parser} and
 * {@code schema.validation}; the command itself is in the {@code cli} module.
 */
package io.prisma4j.schema.format;
