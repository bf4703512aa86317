package io.prisma4j.client;

import java.util.List;
import java.util.Map;

/**
 * What a client can do, whether it is the {@link PrismaClient} itself or the transaction-bound client a
 * {@code $transaction} callback receives.
 */
public interface PrismaOperations {

    /** The calls of one model, by name ({@code "User"}) or client property ({@code "user"}). */
    ModelClient model(String name);

    /**
     * Runs a model action ({@code findMany}, {@code create}, {@code count}, ...) with arguments shaped as
     * Prisma Client JS takes them; returns Prisma's result shape as Java values.
     */
    Object execute(String model, String action, Map<String, ?> args);

    /** A raw query; values of the template are bound, never spliced in. */
    List<Map<String, Object>> $queryRaw(RawSql sql);

    /** A raw statement; returns the number of rows it changed. */
    int $executeRaw(RawSql sql);

    /** A raw query written with the database's own placeholders ({@code $1} or {@code ?}). */
    List<Map<String, Object>> $queryRawUnsafe(String sql, Object... parameters);

    /** A raw statement written with the database's own placeholders. */
    int $executeRawUnsafe(String sql, Object... parameters);

    /**
     * An interactive transaction: the callback's calls run in one database transaction, committed when
     * it returns and rolled back when it throws. Inside a transaction this opens a savepoint.
     */
    <T> T $transaction(TransactionCallback<T> callback, TransactionOptions options);

    default <T> T $transaction(TransactionCallback<T> callback) {
        return $transaction(callback, TransactionOptions.defaults());
    }

    /** A batch transaction: the operations run in order in one transaction; returns their results. */
    List<Object> $transaction(List<PendingOperation> operations, TransactionOptions options);

    default List<Object> $transaction(List<PendingOperation> operations) {
        return $transaction(operations, TransactionOptions.defaults());
    }
}
