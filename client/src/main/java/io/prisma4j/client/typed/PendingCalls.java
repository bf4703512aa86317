package io.prisma4j.client.typed;

import java.util.List;
import java.util.function.Consumer;

/**
 * A model's actions described but not run ({@code prisma.user.pending().delete(...)}), for a batch
 * {@code $transaction}; same arguments as {@link ModelDelegate}'s.
 */
public final class PendingCalls<R, FU extends InputObject, FM extends InputObject, C extends InputObject,
        CM extends InputObject, U extends InputObject, UM extends InputObject, UP extends InputObject,
        DM extends InputObject, CO extends InputObject, FS extends InputObject, CA, AG extends InputObject, AR,
        GB extends InputObject, GR> {
    private final ModelDelegate<R, FU, FM, C, CM, U, UM, UP, DM, CO, FS, CA, AG, AR, GB, GR> delegate;

    PendingCalls(ModelDelegate<R, FU, FM, C, CM, U, UM, UP, DM, CO, FS, CA, AG, AR, GB, GR> delegate) {
        this.delegate = delegate;
    }

    /** The record {@code where} finds by a unique field, or {@code null}. */
    public Pending<R> findUnique(Consumer<FU> args) {
        return delegate.findUniqueCall(args).pending();
    }

    /** The record {@code where} finds, or P2025 when there is none. */
    public Pending<R> findUniqueOrThrow(Consumer<FU> args) {
        return delegate.findUniqueOrThrowCall(args).pending();
    }

    /** The first record (in {@code orderBy} order) that matches, or {@code null}. */
    public Pending<R> findFirst(Consumer<FM> args) {
        return delegate.findFirstCall(args).pending();
    }

    /** The first record that matches, or P2025 when there is none. */
    public Pending<R> findFirstOrThrow(Consumer<FM> args) {
        return delegate.findFirstOrThrowCall(args).pending();
    }

    /** Every record that matches. */
    public Pending<List<R>> findMany(Consumer<FM> args) {
        return delegate.findManyCall(args).pending();
    }

    /** Creates a record (and the related records of its nested writes) and returns it. */
    public Pending<R> create(Consumer<C> args) {
        return delegate.createCall(args).pending();
    }

    /** Creates records in one statement; returns how many. */
    public Pending<BatchPayload> createMany(Consumer<CM> args) {
        return delegate.createManyCall(args).pending();
    }

    /** Creates records in one statement and returns them (PostgreSQL and SQLite). */
    public Pending<List<R>> createManyAndReturn(Consumer<CM> args) {
        return delegate.createManyAndReturnCall(args).pending();
    }

    /** Updates the record {@code where} finds; P2025 when there is none. */
    public Pending<R> update(Consumer<U> args) {
        return delegate.updateCall(args).pending();
    }

    /** Updates every record that matches; returns how many. */
    public Pending<BatchPayload> updateMany(Consumer<UM> args) {
        return delegate.updateManyCall(args).pending();
    }

    /** Updates every record that matches and returns them (PostgreSQL and SQLite). */
    public Pending<List<R>> updateManyAndReturn(Consumer<UM> args) {
        return delegate.updateManyAndReturnCall(args).pending();
    }

    /** Updates the record {@code where} finds, or creates it. */
    public Pending<R> upsert(Consumer<UP> args) {
        return delegate.upsertCall(args).pending();
    }

    /** Deletes the record {@code where} finds and returns it; P2025 when there is none. */
    public Pending<R> delete(Consumer<FU> args) {
        return delegate.deleteCall(args).pending();
    }

    /** Deletes every record that matches; returns how many. */
    public Pending<BatchPayload> deleteMany(Consumer<DM> args) {
        return delegate.deleteManyCall(args).pending();
    }

    /** How many records match. */
    public Pending<Integer> count(Consumer<CO> args) {
        return delegate.countCall(args).pending();
    }

    /** How many records match, and how many of them have each selected field non-null ({@code _all}: all). */
    public Pending<CA> count(Consumer<CO> args, Consumer<FS> select) {
        return delegate.countSelectCall(args, select).pending();
    }

    /** Aggregates ({@code _count}, {@code _avg}, {@code _sum}, {@code _min}, {@code _max}) over the matching records. */
    public Pending<AR> aggregate(Consumer<AG> args) {
        return delegate.aggregateCall(args).pending();
    }

    /** The groups of records with equal {@code by} fields, with their aggregates. */
    public Pending<List<GR>> groupBy(Consumer<GB> args) {
        return delegate.groupByCall(args).pending();
    }

    /** Every record. */
    public Pending<List<R>> findMany() {
        return findMany(args -> { });
    }

    /** Deletes every record. */
    public Pending<BatchPayload> deleteMany() {
        return deleteMany(args -> { });
    }

    /** How many records there are. */
    public Pending<Integer> count() {
        return count(args -> { });
    }
}
