package io.prisma4j.client.typed;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Nested write on a to-many relation inside an update: {@code posts: {create, createMany, connect,
 * connectOrCreate, set, disconnect, delete, update, updateMany, upsert, deleteMany}}. Repeated calls
 * add to the list.
 *
 * @param <CS> the related create builder as handed to the body
 * @param <CE> the related create builder once every required field is set
 * @param <MS> the related createMany builder as handed to the body
 * @param <ME> the related createMany builder once every required field is set
 * @param <WU> the related model's unique where builder
 * @param <U>  the related model's update builder
 * @param <UM> the related model's updateMany builder (scalar fields)
 * @param <SW> the related model's scalar where builder ({@code updateMany}, {@code deleteMany})
 */
public final class ToManyUpdate<CS, CE extends InputObject, MS, ME extends InputObject, WU extends InputObject,
        U extends InputObject, UM extends InputObject, SW extends InputObject> extends InputObject {
    private final Supplier<CS> create;
    private final Supplier<MS> createMany;
    private final Supplier<WU> whereUnique;
    private final Supplier<U> update;
    private final Supplier<UM> updateMany;
    private final Supplier<SW> scalarWhere;

    public ToManyUpdate(Supplier<CS> create, Supplier<MS> createMany, Supplier<WU> whereUnique, Supplier<U> update,
                        Supplier<UM> updateMany, Supplier<SW> scalarWhere) {
        this.create = create;
        this.createMany = createMany;
        this.whereUnique = whereUnique;
        this.update = update;
        this.updateMany = updateMany;
        this.scalarWhere = scalarWhere;
    }

    @SafeVarargs
    public final ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> create(Function<? super CS, ? extends CE>... data) {
        return appendCreated("create", data, create);
    }

    public <V> ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> create(Collection<V> items,
                                                                 BiFunction<? super CS, ? super V, ? extends CE> data) {
        return appendCreated("create", items, data, create);
    }

    public ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> createMany(Consumer<NestedCreateMany<MS, ME>> body) {
        return withObject("createMany", body, () -> new NestedCreateMany<>(createMany));
    }

    @SafeVarargs
    public final ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> connect(Consumer<WU>... records) {
        return appendEach("connect", records, whereUnique);
    }

    public ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> connectOrCreate(Consumer<WU> record,
                                                                      Function<? super CS, ? extends CE> data) {
        return append("connectOrCreate", NestedWrites.connectOrCreate(record, whereUnique, data, create));
    }

    /** Replaces the related records by these ({@code set()} with none unlinks every one). */
    @SafeVarargs
    public final ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> set(Consumer<WU>... records) {
        listAlways("set");
        return appendEach("set", records, whereUnique);
    }

    /** Unlinks these related records. */
    @SafeVarargs
    public final ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> disconnect(Consumer<WU>... records) {
        return appendEach("disconnect", records, whereUnique);
    }

    /** Deletes these related records. */
    @SafeVarargs
    public final ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> delete(Consumer<WU>... records) {
        return appendEach("delete", records, whereUnique);
    }

    /** Updates the related record {@code record} finds. */
    public ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> update(Consumer<WU> record, Consumer<U> data) {
        return append("update", NestedWrites.whereData(record, whereUnique, data, update));
    }

    /** Updates every related record that matches {@code condition}. */
    public ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> updateMany(Consumer<SW> condition, Consumer<UM> data) {
        return append("updateMany", NestedWrites.whereData(condition, scalarWhere, data, updateMany));
    }

    /** Updates the related record {@code record} finds, or creates it. */
    public ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> upsert(Consumer<WU> record,
                                                             Function<? super CS, ? extends CE> createData,
                                                             Consumer<U> updateData) {
        Map<String, Object> upsert = new LinkedHashMap<>();
        upsert.put("where", build(record, whereUnique));
        upsert.put("create", build(createData, create));
        upsert.put("update", build(updateData, update));
        return append("upsert", upsert);
    }

    /** Deletes every related record that matches {@code condition} ({@code deleteMany(p -> {})}: all of them). */
    @SafeVarargs
    public final ToManyUpdate<CS, CE, MS, ME, WU, U, UM, SW> deleteMany(Consumer<SW>... conditions) {
        return appendEach("deleteMany", conditions, scalarWhere);
    }

}
