package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Arguments of {@code findMany}, {@code findFirst}, {@code findFirstOrThrow} and of a to-many relation
 * in a select or include: {@code where}, {@code orderBy}, {@code cursor}, {@code take}, {@code skip},
 * {@code distinct}. {@code orderBy} called more than once orders by each in turn
 * ({@code orderBy: [{...}, {...}]}).
 *
 * @param <F> the model's scalar field enum (for {@code distinct})
 */
public abstract class FindManyArgsBase<A extends FindManyArgsBase<A, W, O, WU, F, S, I, OM>, W extends InputObject,
        O extends InputObject, WU extends InputObject, F extends Enum<F>, S extends InputObject, I extends InputObject,
        OM extends InputObject> extends SelectionArgs<A, S, I, OM> {
    private final Supplier<W> where;
    private final Supplier<O> orderBy;
    private final Supplier<WU> whereUnique;

    protected FindManyArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<WU> whereUnique, Supplier<S> select,
                               Supplier<I> include, Supplier<OM> omit) {
        super(select, include, omit);
        this.where = where;
        this.orderBy = orderBy;
        this.whereUnique = whereUnique;
    }

    public final A where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }

    /** Orders by these fields; each call adds one ordering after the previous ones. */
    @SafeVarargs
    public final A orderBy(Consumer<O>... orderings) {
        return appendEach("orderBy", orderings, orderBy);
    }

    /** Starts at this record (cursor pagination). */
    public final A cursor(Consumer<WU> record) {
        return withObject("cursor", record, whereUnique);
    }

    /** At most this many records; a negative number takes them from the end. */
    public final A take(int count) {
        return with("take", count);
    }

    public final A skip(int count) {
        return with("skip", count);
    }

    /** One record per distinct combination of these fields. */
    @SafeVarargs
    public final A distinct(F... fields) {
        return withList("distinct", fields);
    }
}
