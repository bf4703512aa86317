package io.prisma4j.query.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A field of an input object (or an argument of an output field): its name, the types it accepts in
 * order (the first that matches wins; {@code Null} is listed when null is accepted), and whether it must
 * be given.
 */
public final class InputField {
    private final String name;
    private final List<InputType> types;
    private final boolean required;
    private final Object defaultValue;

    private InputField(String name, List<InputType> types, boolean required, Object defaultValue) {
        this.name = name;
        this.types = List.copyOf(types);
        this.required = required;
        this.defaultValue = defaultValue;
    }

    public static InputField required(String name, List<InputType> types) {
        return new InputField(name, types, true, null);
    }

    public static InputField optional(String name, List<InputType> types) {
        return new InputField(name, types, false, null);
    }

    public static InputField required(String name, InputType type) {
        return required(name, List.of(type));
    }

    public static InputField optional(String name, InputType type) {
        return optional(name, List.of(type));
    }

    /** The same field accepting {@code null} as well. */
    public InputField nullable() {
        if (types.stream().anyMatch(InputType::isNull)) {
            return this;
        }
        List<InputType> withNull = new ArrayList<>(types);
        withNull.add(InputType.scalar(ScalarKind.NULL));
        return new InputField(name, withNull, required, defaultValue);
    }

    public InputField nullableIf(boolean condition) {
        return condition ? nullable() : this;
    }

    /** The same field with a value used when it is not given (e.g. {@code mode: default}). */
    public InputField withDefault(Object value) {
        return new InputField(name, types, required, value);
    }

    public String name() {
        return name;
    }

    public List<InputType> types() {
        return types;
    }

    public boolean isRequired() {
        return required;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    /** The type names as Prisma lists them ({@code StringFilter | String | Null}). */
    public List<String> typeNames() {
        return types.stream().map(InputType::typeName).toList();
    }

    @Override
    public String toString() {
        return name + ": " + String.join(" | ", typeNames());
    }
}
