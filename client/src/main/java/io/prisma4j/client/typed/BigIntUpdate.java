package io.prisma4j.client.typed;

/** Atomic update of a {@code BigInt} field: {@code views: {increment: 1}} is {@code views(v -> v.increment(1))}. */
public final class BigIntUpdate extends InputObject {

    public BigIntUpdate set(Long value) {
        return with("set", value);
    }

    public BigIntUpdate increment(long value) {
        return with("increment", value);
    }

    public BigIntUpdate decrement(long value) {
        return with("decrement", value);
    }

    public BigIntUpdate multiply(long value) {
        return with("multiply", value);
    }

    public BigIntUpdate divide(long value) {
        return with("divide", value);
    }
}
