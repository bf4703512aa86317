package io.prisma4j.client.typed;

/** Atomic update of an {@code Int} field: {@code views: {increment: 1}} is {@code views(v -> v.increment(1))}. */
public final class IntUpdate extends InputObject {

    public IntUpdate set(Integer value) {
        return with("set", value);
    }

    public IntUpdate increment(int value) {
        return with("increment", value);
    }

    public IntUpdate decrement(int value) {
        return with("decrement", value);
    }

    public IntUpdate multiply(int value) {
        return with("multiply", value);
    }

    public IntUpdate divide(int value) {
        return with("divide", value);
    }
}
