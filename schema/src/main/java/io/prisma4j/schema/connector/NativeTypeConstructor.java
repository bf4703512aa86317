package io.prisma4j.schema.connector;

import io.prisma4j.schema.model.ScalarType;

import java.util.List;

/**
 * One native type a database offers: its name after {@code @db.}, its argument shape and the Prisma
 * scalar types it can back.
 *
 * @param name        as written in the schema ({@code VarChar})
 * @param arguments   the arguments it takes
 * @param scalarTypes the field types it may be used with, in Prisma's order
 */
public record NativeTypeConstructor(String name, NativeTypeArguments arguments, List<ScalarType> scalarTypes) {
    public NativeTypeConstructor {
        scalarTypes = List.copyOf(scalarTypes);
    }

    static NativeTypeConstructor of(String name, NativeTypeArguments arguments, ScalarType... scalarTypes) {
        return new NativeTypeConstructor(name, arguments, List.of(scalarTypes));
    }

    static NativeTypeConstructor of(String name, ScalarType... scalarTypes) {
        return new NativeTypeConstructor(name, NativeTypeArguments.NONE, List.of(scalarTypes));
    }
}
