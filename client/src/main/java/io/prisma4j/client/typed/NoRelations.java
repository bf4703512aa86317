package io.prisma4j.client.typed;

/** The include builder of a model without relations: it has nothing to include. */
public final class NoRelations extends InputObject {
}
