package io.prisma4j.schema.model;

import java.util.List;

/**
 * A database-specific column type from {@code @db.*}: {@code @db.VarChar(255)} is
 * {@code NativeType("VarChar", ["255"])}.
 */
public record NativeType(String name, List<String> arguments) {
    public NativeType {
        arguments = List.copyOf(arguments);
    }

    /** As written after {@code @db.}: {@code VarChar(255)}, {@code Text}. */
    @Override
    public String toString() {
        return arguments.isEmpty() ? name : name + "(" + String.join(", ", arguments) + ")";
    }
}
