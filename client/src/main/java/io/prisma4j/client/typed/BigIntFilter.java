package io.prisma4j.client.typed;

import java.util.function.Consumer;

/** Filter of a {@code BigInt} field ({@code long}); in {@code having} also {@code _avg} and {@code _sum}. */
public final class BigIntFilter extends OrderedFilter<Long, BigIntFilter> {

    @Override
    protected BigIntFilter newFilter() {
        return new BigIntFilter();
    }

    public BigIntFilter _avg(Consumer<FloatFilter> filter) {
        return withObject("_avg", filter, FloatFilter::new);
    }

    public BigIntFilter _sum(Consumer<BigIntFilter> filter) {
        return withObject("_sum", filter, BigIntFilter::new);
    }

    // An int literal does not box to Long: these take it as written ({@code gt(100)}).

    public BigIntFilter equalTo(long value) {
        return with("equals", value);
    }

    public BigIntFilter lt(long value) {
        return with("lt", value);
    }

    public BigIntFilter lte(long value) {
        return with("lte", value);
    }

    public BigIntFilter gt(long value) {
        return with("gt", value);
    }

    public BigIntFilter gte(long value) {
        return with("gte", value);
    }
}
