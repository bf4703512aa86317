package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Arguments of {@code deleteMany}: {@code where} and {@code limit}. */
public abstract class DeleteManyArgsBase<A extends DeleteManyArgsBase<A, W>, W extends InputObject> extends InputObject {
    private final Supplier<W> where;

    protected DeleteManyArgsBase(Supplier<W> where) {
        this.where = where;
    }

    public final A where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }

    /** Deletes at most this many records. */
    public final A limit(int count) {
        return with("limit", count);
    }
}
