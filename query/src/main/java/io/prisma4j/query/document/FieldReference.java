package io.prisma4j.query.document;

/** A reference to a field of a model, usable in filters to compare two columns ({@code where: {a: {lt: ref(b)}}}). */
public record FieldReference(String model, String field) {
}
