package io.prisma4j.client.typed;

import java.util.function.Consumer;

/** Filter of a {@code Float} field ({@code double}); in {@code having} also {@code _avg} and {@code _sum}. */
public final class FloatFilter extends OrderedFilter<Double, FloatFilter> {

    @Override
    protected FloatFilter newFilter() {
        return new FloatFilter();
    }

    public FloatFilter _avg(Consumer<FloatFilter> filter) {
        return withObject("_avg", filter, FloatFilter::new);
    }

    public FloatFilter _sum(Consumer<FloatFilter> filter) {
        return withObject("_sum", filter, FloatFilter::new);
    }

    // An int literal does not box to Double: these take it as written ({@code gt(100)}).

    public FloatFilter equalTo(double value) {
        return with("equals", value);
    }

    public FloatFilter not(double value) {
        return with("not", value);
    }

    public FloatFilter lt(double value) {
        return with("lt", value);
    }

    public FloatFilter lte(double value) {
        return with("lte", value);
    }

    public FloatFilter gt(double value) {
        return with("gt", value);
    }

    public FloatFilter gte(double value) {
        return with("gte", value);
    }
}
