package io.prisma4j.client.typed;

import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code createMany: {data: [...], skipDuplicates}} inside a nested write. */
public final class NestedCreateMany<MS, ME extends InputObject> extends InputObject {
    private final Supplier<MS> createMany;

    public NestedCreateMany(Supplier<MS> createMany) {
        this.createMany = createMany;
        listAlways("data");
    }

    /** Adds records, one per body. */
    @SafeVarargs
    public final NestedCreateMany<MS, ME> data(Function<? super MS, ? extends ME>... data) {
        return appendCreated("data", data, createMany);
    }

    /** Adds one record per item. */
    public <V> NestedCreateMany<MS, ME> data(Collection<V> items, BiFunction<? super MS, ? super V, ? extends ME> data) {
        return appendCreated("data", items, data, createMany);
    }

    /** Skips records that would break a unique constraint (not on SQLite). */
    public NestedCreateMany<MS, ME> skipDuplicates(boolean skip) {
        return with("skipDuplicates", skip);
    }
}
