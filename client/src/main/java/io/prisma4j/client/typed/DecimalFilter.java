package io.prisma4j.client.typed;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** Filter of a {@code Decimal} field ({@link BigDecimal}); in {@code having} also {@code _avg} and {@code _sum}. */
public final class DecimalFilter extends OrderedFilter<BigDecimal, DecimalFilter> {

    @Override
    protected DecimalFilter newFilter() {
        return new DecimalFilter();
    }

    public DecimalFilter _avg(Consumer<DecimalFilter> filter) {
        return withObject("_avg", filter, DecimalFilter::new);
    }

    public DecimalFilter _sum(Consumer<DecimalFilter> filter) {
        return withObject("_sum", filter, DecimalFilter::new);
    }

    /** {@code gt} with a number as written ({@code gt("19.99")} keeps every digit). */
    public DecimalFilter gt(String value) {
        return with("gt", new BigDecimal(value));
    }

    public DecimalFilter gte(String value) {
        return with("gte", new BigDecimal(value));
    }

    public DecimalFilter lt(String value) {
        return with("lt", new BigDecimal(value));
    }

    public DecimalFilter lte(String value) {
        return with("lte", new BigDecimal(value));
    }

    public DecimalFilter equalTo(String value) {
        return with("equals", new BigDecimal(value));
    }
}
