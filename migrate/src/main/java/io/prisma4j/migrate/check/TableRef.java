package io.prisma4j.migrate.check;

/** A table whose rows a check counts; {@code namespace} is {@code null} for the connection's schema. */
public record TableRef(String namespace, String table) {
}
