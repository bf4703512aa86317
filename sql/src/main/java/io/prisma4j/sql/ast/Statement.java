package io.prisma4j.sql.ast;

/** A complete SQL statement the writers can render. */
public sealed interface Statement permits Select, Insert, Update, Delete {
}
