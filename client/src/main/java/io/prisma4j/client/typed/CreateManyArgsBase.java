package io.prisma4j.client.typed;

import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Arguments of {@code createMany} and {@code createManyAndReturn}: one {@code data} body per record
 * (repeated calls add records), {@code skipDuplicates}, and for {@code createManyAndReturn} what to return.
 */
public abstract class CreateManyArgsBase<A extends CreateManyArgsBase<A, MS, ME, S, I, OM>, MS, ME extends InputObject,
        S extends InputObject, I extends InputObject, OM extends InputObject> extends SelectionArgs<A, S, I, OM> {
    private final Supplier<MS> createMany;

    protected CreateManyArgsBase(Supplier<MS> createMany, Supplier<S> select, Supplier<I> include, Supplier<OM> omit) {
        super(select, include, omit);
        this.createMany = createMany;
        listAlways("data");
    }

    /** Adds records, one per body. */
    @SafeVarargs
    public final A data(Function<? super MS, ? extends ME>... records) {
        return appendCreated("data", records, createMany);
    }

    /** Adds one record per item: {@code data(emails, (d, email) -> d.email(email).name("User"))}. */
    public final <V> A data(Collection<V> items, BiFunction<? super MS, ? super V, ? extends ME> record) {
        return appendCreated("data", items, record, createMany);
    }

    /** Skips records that would break a unique constraint (PostgreSQL and MySQL; SQLite rejects it). */
    public final A skipDuplicates(boolean skip) {
        return with("skipDuplicates", skip);
    }
}
