package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Arguments of {@code count}: the records to count ({@code where}, {@code orderBy}, {@code cursor}, {@code take}, {@code skip}). */
public abstract class CountArgsBase<A extends CountArgsBase<A, W, O, WU>, W extends InputObject, O extends InputObject,
        WU extends InputObject> extends InputObject {
    private final Supplier<W> where;
    private final Supplier<O> orderBy;
    private final Supplier<WU> whereUnique;

    protected CountArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<WU> whereUnique) {
        this.where = where;
        this.orderBy = orderBy;
        this.whereUnique = whereUnique;
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

    @SuppressWarnings("unchecked")
    private A self() {
        return (A) this;
    }
}
