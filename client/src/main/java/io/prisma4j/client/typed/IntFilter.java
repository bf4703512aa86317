package io.prisma4j.client.typed;

import java.util.function.Consumer;

/** Filter of an {@code Int} field; in {@code having} also {@code _avg} and {@code _sum}. */
public final class IntFilter extends OrderedFilter<Integer, IntFilter> {

    @Override
    protected IntFilter newFilter() {
        return new IntFilter();
    }

    /** In {@code having}: a filter on the group's average of this field. */
    public IntFilter _avg(Consumer<FloatFilter> filter) {
        return withObject("_avg", filter, FloatFilter::new);
    }

    /** In {@code having}: a filter on the group's sum of this field. */
    public IntFilter _sum(Consumer<IntFilter> filter) {
        return withObject("_sum", filter, IntFilter::new);
    }
}
