package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Arguments of {@code update}: the record ({@code where}, unique) and the changes ({@code data}). */
public abstract class UpdateArgsBase<A extends UpdateArgsBase<A, WU, U, S, I, OM>, WU extends InputObject,
        U extends InputObject, S extends InputObject, I extends InputObject, OM extends InputObject>
        extends SelectionArgs<A, S, I, OM> {
    private final Supplier<WU> whereUnique;
    private final Supplier<U> update;

    protected UpdateArgsBase(Supplier<WU> whereUnique, Supplier<U> update, Supplier<S> select, Supplier<I> include,
                             Supplier<OM> omit) {
        super(select, include, omit);
        this.whereUnique = whereUnique;
        this.update = update;
    }

    public final A where(Consumer<WU> record) {
        return withObject("where", record, whereUnique);
    }

    public final A data(Consumer<U> changes) {
        return withObject("data", changes, update);
    }
}
