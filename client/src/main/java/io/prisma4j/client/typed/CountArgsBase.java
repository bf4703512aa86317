package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Arguments of {@code count}: the records to count ({@code where}, {@code orderBy}, {@code cursor}, {@code take}, {@code skip}). */
public abstract class CountArgsBase<A extends CountArgsBase<A, W, O, WU>, W extends InputObject, O extends InputObject,
        WU extends InputObject> extends RecordsArgs<A, W, O> {
    private final Supplier<WU> whereUnique;

    protected CountArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<WU> whereUnique) {
        super(where, orderBy);
        this.whereUnique = whereUnique;
    }

    /** Starts at this record (cursor pagination). */
    public final A cursor(Consumer<WU> record) {
        return withObject("cursor", record, whereUnique);
    }
}
