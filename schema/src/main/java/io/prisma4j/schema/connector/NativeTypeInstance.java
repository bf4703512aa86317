package io.prisma4j.schema.connector;

import java.util.ArrayList;
import java.util.List;

/**
 * A native type with its arguments parsed, as in {@code @db.Decimal(10, 2)}.
 *
 * @param constructor the native type
 * @param arguments   the parsed arguments ({@code -1} stands for SQL Server's {@code Max})
 */
public record NativeTypeInstance(NativeTypeConstructor constructor, long[] arguments) {

    public String name() {
        return constructor.name();
    }

    /** The argument at {@code index}, or {@code null} when it was not given. */
    public Long argument(int index) {
        return index < arguments.length ? arguments[index] : null;
    }

    /** Prisma's rendering in messages: {@code Decimal(10,2)}, {@code VarChar(Max)}, {@code Text}. */
    @Override
    public String toString() {
        if (arguments.length == 0) {
            return constructor.name();
        }
        List<String> parts = new ArrayList<>();
        for (long argument : arguments) {
            parts.add(argument < 0 ? "Max" : Long.toString(argument));
        }
        return constructor.name() + "(" + String.join(",", parts) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NativeTypeInstance other && constructor.equals(other.constructor)
                && java.util.Arrays.equals(arguments, other.arguments);
    }

    @Override
    public int hashCode() {
        return constructor.hashCode() * 31 + java.util.Arrays.hashCode(arguments);
    }
}
