/**
 * The SQL syntax tree: expressions, {@link io.prisma4j.sql.ast.Select}, {@link io.prisma4j.sql.ast.Insert},
 * {@link io.prisma4j.sql.ast.Update}, {@link io.prisma4j.sql.ast.Delete}. Dialect-neutral; the writers in
 * {@code sql.postgres}, {@code sql.mysql} and {@code sql.sqlite} render it.
 */
package io.prisma4j.sql.ast;
