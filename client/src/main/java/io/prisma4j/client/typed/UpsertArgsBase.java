package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Arguments of {@code upsert}: the record ({@code where}), what to {@code create} when it is missing, what to {@code update}. */
public abstract class UpsertArgsBase<A extends UpsertArgsBase<A, WU, CS, CE, U, S, I, OM>, WU extends InputObject, CS,
        CE extends InputObject, U extends InputObject, S extends InputObject, I extends InputObject,
        OM extends InputObject> extends SelectionArgs<A, S, I, OM> {
    private final Supplier<WU> whereUnique;
    private final Supplier<CS> create;
    private final Supplier<U> update;

    protected UpsertArgsBase(Supplier<WU> whereUnique, Supplier<CS> create, Supplier<U> update, Supplier<S> select,
                             Supplier<I> include, Supplier<OM> omit) {
        super(select, include, omit);
        this.whereUnique = whereUnique;
        this.create = create;
        this.update = update;
    }

    public final A where(Consumer<WU> record) {
        return withObject("where", record, whereUnique);
    }

    public final A create(Function<? super CS, ? extends CE> data) {
        return withCreate("create", data, create);
    }

    public final A update(Consumer<U> changes) {
        return withObject("update", changes, update);
    }
}
