package io.prisma4j.schema.connector;

import io.prisma4j.schema.model.ScalarType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The native types of one database ({@code @db.*}): which exist, what they accept, and which argument
 * values are out of range. Each database answers in its own subclass; the default accepts every
 * argument the shape allows.
 */
public class NativeTypes {
    /** A database without native types (SQLite, or no datasource). */
    static final NativeTypes NONE = new NativeTypes(List.of());

    /** The native types of a database that has none. */
    public static NativeTypes none() {
        return NONE;
    }

    private final Map<String, NativeTypeConstructor> byName = new LinkedHashMap<>();

    NativeTypes(List<NativeTypeConstructor> constructors) {
        constructors.forEach(c -> byName.put(c.name(), c));
    }

    /** Every native type, in declaration order. */
    public List<NativeTypeConstructor> constructors() {
        return List.copyOf(byName.values());
    }

    public Optional<NativeTypeConstructor> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Why the arguments of {@code instance} are not acceptable for a field of {@code scalarType}, if
     * they are not.
     */
    public Optional<NativeTypeProblem> argumentProblem(NativeTypeInstance instance, ScalarType scalarType) {
        return Optional.empty();
    }

    /** The field type a column of this native type maps to when introspected (the first compatible type). */
    public ScalarType scalarTypeFor(NativeTypeInstance instance) {
        return instance.constructor().scalarTypes().get(0);
    }

    /** An argument value a database rejects. */
    public sealed interface NativeTypeProblem {
        /** {@code scale} larger than {@code precision}. */
        record ScaleLargerThanPrecision() implements NativeTypeProblem {
        }

        /** An argument out of the database's range; {@code detail} is Prisma's explanation. */
        record OutOfRange(String detail) implements NativeTypeProblem {
        }
    }

    static Optional<NativeTypeProblem> outOfRange(String detail) {
        return Optional.of(new NativeTypeProblem.OutOfRange(detail));
    }

    static Optional<NativeTypeProblem> scaleLargerThanPrecision() {
        return Optional.of(new NativeTypeProblem.ScaleLargerThanPrecision());
    }
}
