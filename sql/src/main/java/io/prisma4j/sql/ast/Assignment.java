package io.prisma4j.sql.ast;

/** {@code "column" = value} in an UPDATE or an upsert. */
public record Assignment(String column, Expr value) {
}
