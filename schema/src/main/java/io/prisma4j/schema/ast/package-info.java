/**
 * The schema's syntax tree: immutable records with a {@link io.prisma4j.schema.ast.Span} on every node.
 * Blocks keep their items (fields, attributes, comments, blank lines) in source order so the formatter
 * can reproduce the file; the resolved, validated view of a schema is {@code io.prisma4j.schema.model}.
 */
package io.prisma4j.schema.ast;
