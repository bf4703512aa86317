package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.model.ScalarType;

/** What a non-relation field holds: a built-in scalar, an enum, a composite type or an unsupported type. */
public sealed interface ScalarKind {

    record BuiltIn(ScalarType type) implements ScalarKind {
    }

    record Enum(EnumInfo enumInfo) implements ScalarKind {
    }

    record Composite(CompositeTypeInfo type) implements ScalarKind {
    }

    record Unsupported(String databaseType) implements ScalarKind {
    }

    /** The built-in scalar type, or {@code null}. */
    default ScalarType builtIn() {
        return this instanceof BuiltIn b ? b.type() : null;
    }

    default boolean isBuiltIn(ScalarType type) {
        return builtIn() == type;
    }

    default boolean isUnsupported() {
        return this instanceof Unsupported;
    }

    default boolean isComposite() {
        return this instanceof Composite;
    }
}
