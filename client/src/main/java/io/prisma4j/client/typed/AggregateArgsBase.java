package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Arguments of {@code aggregate}: the records ({@code where}, {@code orderBy}, {@code cursor},
 * {@code take}, {@code skip}) and the aggregates: {@code _count}, {@code _min}, {@code _max} of any scalar
 * field ({@code _count} also of {@code _all}), {@code _avg} and {@code _sum} of numeric fields.
 *
 * @param <FS> the model's scalar field selector
 * @param <NS> the model's numeric field selector
 */
public abstract class AggregateArgsBase<A extends AggregateArgsBase<A, W, O, WU, FS, NS>, W extends InputObject,
        O extends InputObject, WU extends InputObject, FS extends InputObject, NS extends InputObject>
        extends AggregatesArgs<A, W, O, FS, NS> {
    private final Supplier<WU> whereUnique;

    protected AggregateArgsBase(Supplier<W> where, Supplier<O> orderBy, Supplier<WU> whereUnique, Supplier<FS> fields,
                                Supplier<NS> numeric) {
        super(where, orderBy, fields, numeric);
        this.whereUnique = whereUnique;
    }

    /** Starts at this record (cursor pagination). */
    public final A cursor(Consumer<WU> record) {
        return withObject("cursor", record, whereUnique);
    }
}
