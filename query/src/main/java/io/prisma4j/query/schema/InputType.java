package io.prisma4j.query.schema;

/** One type an input field accepts: a scalar, an enum, a list, or an input object. */
public sealed interface InputType permits InputType.Scalar, InputType.Enum, InputType.ListOf, InputType.Object {

    /** The name Prisma's messages show ({@code String}, {@code Role}, {@code String[]}, {@code UserWhereInput}). */
    String typeName();

    record Scalar(ScalarKind kind) implements InputType {
        @Override
        public String typeName() {
            return kind.typeName();
        }
    }

    record Enum(EnumDef def) implements InputType {
        @Override
        public String typeName() {
            return def.name();
        }
    }

    record ListOf(InputType element) implements InputType {
        @Override
        public String typeName() {
            return element.typeName() + "[]";
        }
    }

    record Object(InputObjectType type) implements InputType {
        @Override
        public String typeName() {
            return type.name();
        }
    }

    static InputType scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    static InputType list(InputType element) {
        return new ListOf(element);
    }

    static InputType object(InputObjectType type) {
        return new Object(type);
    }

    static InputType enumOf(EnumDef def) {
        return new Enum(def);
    }

    default boolean isNull() {
        return this instanceof Scalar scalar && scalar.kind() == ScalarKind.NULL;
    }
}
