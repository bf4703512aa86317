package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Arguments of {@code updateMany} and {@code updateManyAndReturn}: {@code where}, {@code data}, {@code limit}. */
public abstract class UpdateManyArgsBase<A extends UpdateManyArgsBase<A, W, UM, S, I, OM>, W extends InputObject,
        UM extends InputObject, S extends InputObject, I extends InputObject, OM extends InputObject>
        extends SelectionArgs<A, S, I, OM> {
    private final Supplier<W> where;
    private final Supplier<UM> updateMany;

    protected UpdateManyArgsBase(Supplier<W> where, Supplier<UM> updateMany, Supplier<S> select, Supplier<I> include,
                                 Supplier<OM> omit) {
        super(select, include, omit);
        this.where = where;
        this.updateMany = updateMany;
    }

    public final A where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }

    public final A data(Consumer<UM> changes) {
        return withObject("data", changes, updateMany);
    }

    /** Updates at most this many records. */
    public final A limit(int count) {
        return with("limit", count);
    }
}
