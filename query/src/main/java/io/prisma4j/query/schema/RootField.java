package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Model;

/**
 * A root operation of the query schema ({@code findManyUser}), the model it works on and the
 * protocol action ({@code findMany}, {@code createOne}, {@code aggregate}, ...).
 */
public record RootField(String protocolAction, Model model, OutputField field) {
}
