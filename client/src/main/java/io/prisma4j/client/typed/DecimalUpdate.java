package io.prisma4j.client.typed;

import java.math.BigDecimal;

/** Atomic update of a {@code Decimal} field: {@code price(p -> p.multiply(new BigDecimal("1.1")))}. */
public final class DecimalUpdate extends InputObject {

    public DecimalUpdate set(BigDecimal value) {
        return with("set", value);
    }

    public DecimalUpdate increment(BigDecimal value) {
        return with("increment", value);
    }

    public DecimalUpdate decrement(BigDecimal value) {
        return with("decrement", value);
    }

    public DecimalUpdate multiply(BigDecimal value) {
        return with("multiply", value);
    }

    public DecimalUpdate divide(BigDecimal value) {
        return with("divide", value);
    }
}
