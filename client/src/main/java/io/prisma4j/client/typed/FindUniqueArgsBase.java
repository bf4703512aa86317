package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Arguments of {@code findUnique}, {@code findUniqueOrThrow} and {@code delete}: a unique {@code where}. */
public abstract class FindUniqueArgsBase<A extends FindUniqueArgsBase<A, WU, S, I, OM>, WU extends InputObject,
        S extends InputObject, I extends InputObject, OM extends InputObject> extends SelectionArgs<A, S, I, OM> {
    private final Supplier<WU> whereUnique;

    protected FindUniqueArgsBase(Supplier<WU> whereUnique, Supplier<S> select, Supplier<I> include, Supplier<OM> omit) {
        super(select, include, omit);
        this.whereUnique = whereUnique;
    }

    /** The record, by a unique field or compound key. */
    public final A where(Consumer<WU> where) {
        return withObject("where", where, whereUnique);
    }
}
