package io.prisma4j.query.tree;

import io.prisma4j.schema.model.ScalarField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of a create or update: scalar writes in the order given, then nested relation writes
 * in the order given.
 */
public record WriteData(Map<ScalarField, ScalarWrite> scalars, List<NestedWrite> nested) {
    public WriteData {
        scalars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        nested = List.copyOf(nested);
    }

    public static WriteData empty() {
        return new WriteData(Map.of(), List.of());
    }

    public boolean hasNestedWrites() {
        return !nested.isEmpty();
    }

    /** One write to a scalar column. */
    public sealed interface ScalarWrite {
    }

    /** {@code field = value} (also {@code set: value}); Json values are Json text, lists are {@code List}. */
    public record Set(Object value) implements ScalarWrite {
    }

    /** {@code field = field op value} for increment, decrement, multiply, divide. */
    public record Arithmetic(Operator operator, Object value) implements ScalarWrite {
    }

    /** {@code push} onto a scalar list. */
    public record Push(List<Object> values) implements ScalarWrite {
        public Push {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public enum Operator {
        ADD, SUBTRACT, MULTIPLY, DIVIDE
    }
}
