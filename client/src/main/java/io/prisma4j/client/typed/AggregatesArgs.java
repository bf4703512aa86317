package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The aggregates of {@code aggregate} and {@code groupBy}: {@code _count}, {@code _min}, {@code _max} of any
 * scalar field ({@code _count} also of {@code _all}), {@code _avg} and {@code _sum} of numeric fields.
 *
 * @param <FS> the model's scalar field selector
 * @param <NS> the model's numeric field selector
 */
public abstract class AggregatesArgs<A extends AggregatesArgs<A, W, O, FS, NS>, W extends InputObject,
        O extends InputObject, FS extends InputObject, NS extends InputObject> extends RecordsArgs<A, W, O> {
    private final Supplier<FS> fields;
    private final Supplier<NS> numeric;

    protected AggregatesArgs(Supplier<W> where, Supplier<O> orderBy, Supplier<FS> fields, Supplier<NS> numeric) {
        super(where, orderBy);
        this.fields = fields;
        this.numeric = numeric;
    }

    public final A _count(Consumer<FS> select) {
        return withObject("_count", select, fields);
    }

    public final A _avg(Consumer<NS> select) {
        return withObject("_avg", select, numeric);
    }

    public final A _sum(Consumer<NS> select) {
        return withObject("_sum", select, numeric);
    }

    public final A _min(Consumer<FS> select) {
        return withObject("_min", select, fields);
    }

    public final A _max(Consumer<FS> select) {
        return withObject("_max", select, fields);
    }
}
