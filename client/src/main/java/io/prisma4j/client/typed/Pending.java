package io.prisma4j.client.typed;

import io.prisma4j.client.PendingOperation;
import io.prisma4j.client.RawSql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A call described but not run, for a batch {@code $transaction}: Prisma's
 * {@code prisma.$transaction([prisma.post.deleteMany(...), prisma.user.delete(...)])} is
 * {@code prisma.$transaction(prisma.post.pending().deleteMany(...), prisma.user.pending().delete(...))}.
 *
 * @param <T> the typed result the call will have
 */
public final class Pending<T> {
    private final PendingOperation operation;
    private final Function<Object, T> result;

    Pending(PendingOperation operation, Function<Object, T> result) {
        this.operation = operation;
        this.result = result;
    }

    /** A raw query for a batch. */
    @SuppressWarnings("unchecked")
    public static Pending<List<Map<String, Object>>> queryRaw(RawSql sql) {
        return new Pending<>(PendingOperation.queryRaw(sql), value -> (List<Map<String, Object>>) value);
    }

    /** A raw statement for a batch; its result is the number of rows it changed. */
    public static Pending<Integer> executeRaw(RawSql sql) {
        return new Pending<>(PendingOperation.executeRaw(sql), value -> ((Number) value).intValue());
    }

    /** A raw query with the database's own placeholders, for a batch; only for trusted text. */
    @SuppressWarnings("unchecked")
    public static Pending<List<Map<String, Object>>> queryRawUnsafe(String sql, Object... parameters) {
        return new Pending<>(PendingOperation.queryRawUnsafe(sql, parameters), value -> (List<Map<String, Object>>) value);
    }

    /** A raw statement with the database's own placeholders, for a batch; only for trusted text. */
    public static Pending<Integer> executeRawUnsafe(String sql, Object... parameters) {
        return new Pending<>(PendingOperation.executeRawUnsafe(sql, parameters), value -> ((Number) value).intValue());
    }

    /** The dynamic API's description of the call. */
    public PendingOperation operation() {
        return operation;
    }

    T convert(Object value) {
        return result.apply(value);
    }
}
