package io.prisma4j.client.typed;

import io.prisma4j.client.PrismaOperations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every action of one model, typed: the base of each generated {@code User.Delegate} (which only names
 * the model's types). Arguments are built by the generated builders into the dynamic API's maps; results
 * come back as the generated record types.
 *
 * @param <R>  the record type ({@code User})
 * @param <FU> arguments of findUnique, findUniqueOrThrow and delete
 * @param <FM> arguments of findFirst, findFirstOrThrow and findMany
 * @param <C>  arguments of create
 * @param <CM> arguments of createMany and createManyAndReturn
 * @param <U>  arguments of update
 * @param <UM> arguments of updateMany and updateManyAndReturn
 * @param <UP> arguments of upsert
 * @param <DM> arguments of deleteMany
 * @param <CO> arguments of count
 * @param <FS> the scalar field selector (count's select)
 * @param <CA> the result of count with a select (counts per field)
 * @param <AG> arguments of aggregate
 * @param <AR> the result of aggregate
 * @param <GB> arguments of groupBy
 * @param <GR> one group of groupBy's result
 */
public class ModelDelegate<R, FU extends InputObject, FM extends InputObject, C extends InputObject,
        CM extends InputObject, U extends InputObject, UM extends InputObject, UP extends InputObject,
        DM extends InputObject, CO extends InputObject, FS extends InputObject, CA, AG extends InputObject, AR,
        GB extends InputObject, GR> {
    private final PrismaOperations client;
    private final String model;
    private final Function<Object, R> one;
    private final Function<Object, List<R>> many;
    private final Supplier<FU> findUnique;
    private final Supplier<FM> findMany;
    private final Supplier<C> create;
    private final Supplier<CM> createMany;
    private final Supplier<U> update;
    private final Supplier<UM> updateMany;
    private final Supplier<UP> upsert;
    private final Supplier<DM> deleteMany;
    private final Supplier<CO> count;
    private final Supplier<FS> countSelect;
    private final Function<Object, CA> countResult;
    private final Supplier<AG> aggregate;
    private final Function<Object, AR> aggregateResult;
    private final Supplier<GB> groupBy;
    private final Function<Object, List<GR>> groupByResult;

    /** The arguments follow the type parameters' order; record and result types are built from maps. */
    protected ModelDelegate(PrismaOperations client, String model, Function<Map<String, Object>, R> record,
                            Supplier<FU> findUnique, Supplier<FM> findMany, Supplier<C> create,
                            Supplier<CM> createMany, Supplier<U> update, Supplier<UM> updateMany, Supplier<UP> upsert,
                            Supplier<DM> deleteMany, Supplier<CO> count, Supplier<FS> countSelect,
                            Function<Map<String, Object>, CA> countResult, Supplier<AG> aggregate,
                            Function<Map<String, Object>, AR> aggregateResult, Supplier<GB> groupBy,
                            Function<Map<String, Object>, GR> groupByResult) {
        this.client = client;
        this.model = model;
        this.one = value -> value == null ? null : record.apply(map(value));
        this.many = value -> list(value, record);
        this.findUnique = findUnique;
        this.findMany = findMany;
        this.create = create;
        this.createMany = createMany;
        this.update = update;
        this.updateMany = updateMany;
        this.upsert = upsert;
        this.deleteMany = deleteMany;
        this.count = count;
        this.countSelect = countSelect;
        this.countResult = value -> countResult.apply(map(value));
        this.aggregate = aggregate;
        this.aggregateResult = value -> aggregateResult.apply(map(value));
        this.groupBy = groupBy;
        this.groupByResult = value -> list(value, groupByResult);
    }

    /** The model's name in the schema. */
    public final String name() {
        return model;
    }

    /** The same calls, described but not run, for a batch {@code $transaction}. */
    public final PendingCalls<R, FU, FM, C, CM, U, UM, UP, DM, CO, FS, CA, AG, AR, GB, GR> pending() {
        return new PendingCalls<>(this);
    }

    /** The record {@code where} finds by a unique field, or {@code null}. */
    public final R findUnique(Consumer<FU> args) {
        return findUniqueCall(args).run(client);
    }

    /** The record {@code where} finds, or P2025 when there is none. */
    public final R findUniqueOrThrow(Consumer<FU> args) {
        return findUniqueOrThrowCall(args).run(client);
    }

    /** The first record (in {@code orderBy} order) that matches, or {@code null}. */
    public final R findFirst(Consumer<FM> args) {
        return findFirstCall(args).run(client);
    }

    public final R findFirst() {
        return findFirst(args -> { });
    }

    /** The first record that matches, or P2025 when there is none. */
    public final R findFirstOrThrow(Consumer<FM> args) {
        return findFirstOrThrowCall(args).run(client);
    }

    /** Every record that matches. */
    public final List<R> findMany(Consumer<FM> args) {
        return findManyCall(args).run(client);
    }

    /** Every record. */
    public final List<R> findMany() {
        return findMany(args -> { });
    }

    /** Creates a record (and the related records of its nested writes) and returns it. */
    public final R create(Consumer<C> args) {
        return createCall(args).run(client);
    }

    /** Creates records in one statement; returns how many. */
    public final BatchPayload createMany(Consumer<CM> args) {
        return createManyCall(args).run(client);
    }

    /** Creates records in one statement and returns them (PostgreSQL and SQLite). */
    public final List<R> createManyAndReturn(Consumer<CM> args) {
        return createManyAndReturnCall(args).run(client);
    }

    /** Updates the record {@code where} finds; P2025 when there is none. */
    public final R update(Consumer<U> args) {
        return updateCall(args).run(client);
    }

    /** Updates every record that matches; returns how many. */
    public final BatchPayload updateMany(Consumer<UM> args) {
        return updateManyCall(args).run(client);
    }

    /** Updates every record that matches and returns them (PostgreSQL and SQLite). */
    public final List<R> updateManyAndReturn(Consumer<UM> args) {
        return updateManyAndReturnCall(args).run(client);
    }

    /** Updates the record {@code where} finds, or creates it. */
    public final R upsert(Consumer<UP> args) {
        return upsertCall(args).run(client);
    }

    /** Deletes the record {@code where} finds and returns it; P2025 when there is none. */
    public final R delete(Consumer<FU> args) {
        return deleteCall(args).run(client);
    }

    /** Deletes every record that matches; returns how many. */
    public final BatchPayload deleteMany(Consumer<DM> args) {
        return deleteManyCall(args).run(client);
    }

    /** Deletes every record. */
    public final BatchPayload deleteMany() {
        return deleteMany(args -> { });
    }

    /** How many records match. */
    public final int count(Consumer<CO> args) {
        return countCall(args).run(client);
    }

    /** How many records there are. */
    public final int count() {
        return count(args -> { });
    }

    /** How many records match, and how many of them have each selected field non-null ({@code _all}: all). */
    public final CA count(Consumer<CO> args, Consumer<FS> select) {
        return countSelectCall(args, select).run(client);
    }

    /** Aggregates ({@code _count}, {@code _avg}, {@code _sum}, {@code _min}, {@code _max}) over the matching records. */
    public final AR aggregate(Consumer<AG> args) {
        return aggregateCall(args).run(client);
    }

    /** The groups of records with equal {@code by} fields, with their aggregates. */
    public final List<GR> groupBy(Consumer<GB> args) {
        return groupByCall(args).run(client);
    }

    // ---- the calls, shared with PendingCalls ----

    Call<R> findUniqueCall(Consumer<FU> args) {
        return call("findUnique", findUnique, args, one);
    }

    Call<R> findUniqueOrThrowCall(Consumer<FU> args) {
        return call("findUniqueOrThrow", findUnique, args, one);
    }

    Call<R> findFirstCall(Consumer<FM> args) {
        return call("findFirst", findMany, args, one);
    }

    Call<R> findFirstOrThrowCall(Consumer<FM> args) {
        return call("findFirstOrThrow", findMany, args, one);
    }

    Call<List<R>> findManyCall(Consumer<FM> args) {
        return call("findMany", findMany, args, many);
    }

    Call<R> createCall(Consumer<C> args) {
        return call("create", create, args, one);
    }

    Call<BatchPayload> createManyCall(Consumer<CM> args) {
        return call("createMany", createMany, args, BatchPayload::of);
    }

    Call<List<R>> createManyAndReturnCall(Consumer<CM> args) {
        return call("createManyAndReturn", createMany, args, many);
    }

    Call<R> updateCall(Consumer<U> args) {
        return call("update", update, args, one);
    }

    Call<BatchPayload> updateManyCall(Consumer<UM> args) {
        return call("updateMany", updateMany, args, BatchPayload::of);
    }

    Call<List<R>> updateManyAndReturnCall(Consumer<UM> args) {
        return call("updateManyAndReturn", updateMany, args, many);
    }

    Call<R> upsertCall(Consumer<UP> args) {
        return call("upsert", upsert, args, one);
    }

    Call<R> deleteCall(Consumer<FU> args) {
        return call("delete", findUnique, args, one);
    }

    Call<BatchPayload> deleteManyCall(Consumer<DM> args) {
        return call("deleteMany", deleteMany, args, BatchPayload::of);
    }

    Call<Integer> countCall(Consumer<CO> args) {
        return call("count", count, args, value -> ((Number) value).intValue());
    }

    Call<CA> countSelectCall(Consumer<CO> args, Consumer<FS> select) {
        CO built = count.get();
        args.accept(built);
        Map<String, Object> map = new java.util.LinkedHashMap<>(built.toMap());
        map.put("select", InputObject.build(select, countSelect));
        return new Call<>(model, "count", map, countResult);
    }

    Call<AR> aggregateCall(Consumer<AG> args) {
        return call("aggregate", aggregate, args, aggregateResult);
    }

    Call<List<GR>> groupByCall(Consumer<GB> args) {
        return call("groupBy", groupBy, args, groupByResult);
    }

    private <B extends InputObject, T> Call<T> call(String action, Supplier<B> builder, Consumer<B> args,
                                                   Function<Object, T> result) {
        if (args == null) {
            throw new IllegalArgumentException(model + "." + action + ": the arguments body is null; pass a = -> {} for none");
        }
        return new Call<>(model, action, InputObject.build(args, builder), result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static <T> List<T> list(Object value, Function<Map<String, Object>, T> record) {
        List<T> records = new ArrayList<>();
        for (Object item : (List<?>) value) {
            records.add(record.apply(map(item)));
        }
        return Collections.unmodifiableList(records);
    }
}
