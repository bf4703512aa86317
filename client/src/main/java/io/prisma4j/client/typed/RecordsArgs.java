package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Which records an action reads, for the actions that read many without returning them ({@code count},
 * {@code aggregate}, {@code groupBy}): {@code where}, {@code orderBy}, {@code take}, {@code skip}.
 *
 * @param <A> the concrete arguments (returned for chaining)
 * @param <W> the model's where builder
 * @param <O> the model's order-by builder
 */
public abstract class RecordsArgs<A extends RecordsArgs<A, W, O>, W extends InputObject, O extends InputObject>
        extends InputObject {
    private final Supplier<W> where;
    private final Supplier<O> orderBy;

    protected RecordsArgs(Supplier<W> where, Supplier<O> orderBy) {
        this.where = where;
        this.orderBy = orderBy;
    }

    public final A where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }

    /** Orders by these fields; each call adds one ordering after the previous ones. */
    @SafeVarargs
    public final A orderBy(Consumer<O>... orderings) {
        return appendEach("orderBy", orderings, orderBy);
    }

    public final A take(int count) {
        return with("take", count);
    }

    public final A skip(int count) {
        return with("skip", count);
    }
}
