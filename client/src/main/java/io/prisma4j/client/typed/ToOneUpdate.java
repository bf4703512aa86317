package io.prisma4j.client.typed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Nested write on a to-one relation inside an update: {@code profile: {create, connect, connectOrCreate,
 * update, upsert, disconnect, delete}}.
 *
 * @param <CS> the related create builder as handed to the body
 * @param <CE> the related create builder once every required field is set
 * @param <WU> the related model's unique where builder
 * @param <U>  the related model's update builder
 * @param <W>  the related model's where builder (conditions on {@code update}, {@code delete}, ...)
 */
public final class ToOneUpdate<CS, CE extends InputObject, WU extends InputObject, U extends InputObject,
        W extends InputObject> extends InputObject {
    private final Supplier<CS> create;
    private final Supplier<WU> whereUnique;
    private final Supplier<U> update;
    private final Supplier<W> where;

    public ToOneUpdate(Supplier<CS> create, Supplier<WU> whereUnique, Supplier<U> update, Supplier<W> where) {
        this.create = create;
        this.whereUnique = whereUnique;
        this.update = update;
        this.where = where;
    }

    public ToOneUpdate<CS, CE, WU, U, W> create(Function<? super CS, ? extends CE> data) {
        return withCreate("create", data, create);
    }

    public ToOneUpdate<CS, CE, WU, U, W> connect(Consumer<WU> record) {
        return withObject("connect", record, whereUnique);
    }

    public ToOneUpdate<CS, CE, WU, U, W> connectOrCreate(Consumer<WU> record, Function<? super CS, ? extends CE> data) {
        return with("connectOrCreate", NestedWrites.connectOrCreate(record, whereUnique, data, create));
    }

    /** Updates the related record. */
    public ToOneUpdate<CS, CE, WU, U, W> update(Consumer<U> data) {
        return withObject("update", data, update);
    }

    /** Updates the related record if it matches {@code condition}. */
    public ToOneUpdate<CS, CE, WU, U, W> update(Consumer<W> condition, Consumer<U> data) {
        return with("update", NestedWrites.whereData(condition, where, data, update));
    }

    /** Updates the related record, or creates it when there is none. */
    public ToOneUpdate<CS, CE, WU, U, W> upsert(Function<? super CS, ? extends CE> createData, Consumer<U> updateData) {
        Map<String, Object> upsert = new LinkedHashMap<>();
        upsert.put("create", build(createData, create));
        upsert.put("update", build(updateData, update));
        return with("upsert", upsert);
    }

    /** {@link #upsert(Function, Consumer)} when the related record matches {@code condition}. */
    public ToOneUpdate<CS, CE, WU, U, W> upsert(Consumer<W> condition, Function<? super CS, ? extends CE> createData,
                                               Consumer<U> updateData) {
        Map<String, Object> upsert = new LinkedHashMap<>();
        upsert.put("where", build(condition, where));
        upsert.put("create", build(createData, create));
        upsert.put("update", build(updateData, update));
        return with("upsert", upsert);
    }

    /** Unlinks the related record (optional relations only). */
    public ToOneUpdate<CS, CE, WU, U, W> disconnect() {
        return with("disconnect", true);
    }

    /** Unlinks the related record if it matches {@code condition}. */
    public ToOneUpdate<CS, CE, WU, U, W> disconnect(Consumer<W> condition) {
        return withObject("disconnect", condition, where);
    }

    /** Deletes the related record. */
    public ToOneUpdate<CS, CE, WU, U, W> delete() {
        return with("delete", true);
    }

    /** Deletes the related record if it matches {@code condition}. */
    public ToOneUpdate<CS, CE, WU, U, W> delete(Consumer<W> condition) {
        return withObject("delete", condition, where);
    }
}
