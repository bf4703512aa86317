package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Arguments of {@code groupBy}: {@code by} (the fields to group by), {@code where}, {@code having} (a
 * filter on the groups, with aggregate filters), {@code orderBy}, {@code take}, {@code skip} and the
 * aggregates of each group.
 *
 * @param <F>  the model's scalar field enum
 * @param <SW> the model's scalar where builder (for {@code having})
 */
public abstract class GroupByArgsBase<A extends GroupByArgsBase<A, W, O, F, SW, FS, NS>, W extends InputObject,
        O extends InputObject, F extends Enum<F>, SW extends InputObject, FS extends InputObject, NS extends InputObject>
        extends InputObject {
    private final Supplier<W> where;
    private final Supplier<O> orderBy;
    private final Supplier<SW> having;
    private final Supplier<FS> fields;
    private final Supplier<NS> numeric;

    protected GroupByArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<SW> having, Supplier<FS> fields,
                              Supplier<NS> numeric) {
        this.where = where;
        this.orderBy = orderBy;
        this.having = having;
        this.fields = fields;
        this.numeric = numeric;
    }

    /** The fields whose values form the groups. */
    @SafeVarargs
    public final A by(F... groupFields) {
        List<F> list = new ArrayList<>(groupFields.length);
        for (F item : groupFields) {
            list.add(item);
        }
        return with("by", list);
    }

    public final A where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }

    /** Keeps the groups that match: {@code having(h -> h.views(v -> v._avg(a -> a.gt(100.0))))}. */
    public final A having(Consumer<SW> filter) {
        return withObject("having", filter, having);
    }

    @SafeVarargs
    public final A orderBy(Consumer<O>... orderings) {
        for (Consumer<O> ordering : orderings) {
            append("orderBy", build(ordering, orderBy));
        }
        return self();
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
