package io.prisma4j.client.typed;

/** Atomic update of a {@code Float} field: {@code views: {increment: 1}} is {@code views(v -> v.increment(1))}. */
public final class FloatUpdate extends InputObject {

    public FloatUpdate set(Double value) {
        return with("set", value);
    }

    public FloatUpdate increment(double value) {
        return with("increment", value);
    }

    public FloatUpdate decrement(double value) {
        return with("decrement", value);
    }

    public FloatUpdate multiply(double value) {
        return with("multiply", value);
    }

    public FloatUpdate divide(double value) {
        return with("divide", value);
    }
}
