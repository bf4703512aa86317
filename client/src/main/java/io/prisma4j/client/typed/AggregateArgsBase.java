package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Arguments of {@code aggregate}: the records ({@code where}, {@code orderBy}, {@code cursor},
 * {@code take}, {@code skip}) and the aggregates: {@code _count}, {@code _min}, {@code _max} of any scalar
 * field ({@code _count} also of {@code _all}), {@code _avg} and {@code _sum} of numeric fields.
 *
 * @param <FS> the model's scalar field selector
 * @param <NS> the model's numeric field selector
 */
public abstract class AggregateArgsBase<A extends AggregateArgsBase<A, W, O, WU, FS, NS>, W extends InputObject,
        O extends InputObject, WU extends InputObject, FS extends InputObject, NS extends InputObject>
        extends InputObject {
    private final Supplier<W> where;
    private final Supplier<O> orderBy;
    private final Supplier<WU> whereUnique;
    private final Supplier<FS> fields;
    private final Supplier<NS> numeric;

    protected AggregateArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<WU> whereUnique, Supplier<FS> fields,
                                Supplier<NS> numeric) {
        this.where = where;
        this.orderBy = orderBy;
        this.whereUnique = whereUnique;
        this.fields = fields;
        this.numeric = numeric;
    }

    public final A where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }

    @SafeVarargs
    public final A orderBy(Consumer<O>... orderings) {
        for (Consumer<O> ordering : orderings) {
            append("orderBy", build(ordering, orderBy));
        }
        return self();
    }

    public final A cursor(Consumer<WU> record) {
        return withObject("cursor", record, whereUnique);
    }

    public final A take(int count) {
        return with("take", count);
    }

    public final A skip(int count) {
        return with("skip", count);
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

    @SuppressWarnings("unchecked")
    private A self() {
        return (A) this;
    }
}
