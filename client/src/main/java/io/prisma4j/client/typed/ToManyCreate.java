package io.prisma4j.client.typed;

import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Nested write on a to-many relation inside a create: {@code posts: {create: [...], createMany: {...},
 * connect: [...], connectOrCreate: [...]}}. Repeated calls add to the list.
 *
 * @param <CS> the related create builder as handed to the body
 * @param <CE> the related create builder once every required field is set
 * @param <MS> the related createMany builder as handed to the body
 * @param <ME> the related createMany builder once every required field is set
 * @param <WU> the related model's unique where builder
 */
public final class ToManyCreate<CS, CE extends InputObject, MS, ME extends InputObject, WU extends InputObject>
        extends InputObject {
    private final Supplier<CS> create;
    private final Supplier<MS> createMany;
    private final Supplier<WU> whereUnique;

    public ToManyCreate(Supplier<CS> create, Supplier<MS> createMany, Supplier<WU> whereUnique) {
        this.create = create;
        this.createMany = createMany;
        this.whereUnique = whereUnique;
    }

    /** Creates related records, one per body. */
    @SafeVarargs
    public final ToManyCreate<CS, CE, MS, ME, WU> create(Function<? super CS, ? extends CE>... data) {
        return appendCreated("create", data, create);
    }

    /** Creates one related record per item of {@code items}. */
    public final <V> ToManyCreate<CS, CE, MS, ME, WU> create(Collection<V> items,
                                                            BiFunction<? super CS, ? super V, ? extends CE> data) {
        return appendCreated("create", items, data, create);
    }

    /** Creates related records in one statement ({@code createMany: {data: [...], skipDuplicates}}). */
    public final ToManyCreate<CS, CE, MS, ME, WU> createMany(Consumer<NestedCreateMany<MS, ME>> body) {
        return withObject("createMany", body, () -> new NestedCreateMany<>(createMany));
    }

    /** Links existing records. */
    @SafeVarargs
    public final ToManyCreate<CS, CE, MS, ME, WU> connect(Consumer<WU>... where) {
        return appendEach("connect", where, whereUnique);
    }

    /** Links the record {@code where} finds, or creates it. */
    public final ToManyCreate<CS, CE, MS, ME, WU> connectOrCreate(Consumer<WU> where,
                                                                 Function<? super CS, ? extends CE> data) {
        return append("connectOrCreate", NestedWrites.connectOrCreate(where, whereUnique, data, create));
    }
}
