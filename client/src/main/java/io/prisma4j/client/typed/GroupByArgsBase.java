package io.prisma4j.client.typed;

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
        extends AggregatesArgs<A, W, O, FS, NS> {
    private final Supplier<SW> having;

    protected GroupByArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<SW> having, Supplier<FS> fields,
                              Supplier<NS> numeric) {
        super(where, orderBy, fields, numeric);
        this.having = having;
    }

    /** The fields whose values form the groups. */
    @SafeVarargs
    public final A by(F... groupFields) {
        return withList("by", groupFields);
    }

    /** Keeps the groups that match: {@code having(h -> h.views(v -> v._avg(a -> a.gt(100.0))))}. */
    public final A having(Consumer<SW> filter) {
        return withObject("having", filter, having);
    }
}
