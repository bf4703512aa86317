package io.prisma4j.client.typed;

import io.prisma4j.client.Extension;
import io.prisma4j.client.Middleware;
import io.prisma4j.client.PendingOperation;
import io.prisma4j.client.PrismaClient;
import io.prisma4j.client.PrismaEvent;
import io.prisma4j.client.PrismaOperations;
import io.prisma4j.client.RawSql;
import io.prisma4j.client.TransactionOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Base of the generated {@code PrismaClient}: everything that is not a model delegate. The same class
 * serves as the transaction client a {@code $transaction} body receives ({@code tx.user.update(...)});
 * on that one, the calls that manage the client ({@code $use}, {@code $on}, {@code $extends},
 * {@code $connect}, {@code $disconnect}, {@code close}) are refused, as Prisma's transaction client lacks
 * them.
 *
 * @param <C> the generated client class
 */
public abstract class TypedClient<C extends TypedClient<C>> implements AutoCloseable {
    private final PrismaClient root;
    private final PrismaOperations transaction;

    /**
     * @param root        the dynamic client
     * @param transaction the transaction this client is bound to, or {@code null}
     */
    protected TypedClient(PrismaClient root, PrismaOperations transaction) {
        this.root = root;
        this.transaction = transaction;
    }

    /** A client of the same class over {@code root}, bound to {@code transaction} when not null. */
    protected abstract C with(PrismaClient root, PrismaOperations transaction);

    /** Where the calls go: the transaction when bound to one, else the client. */
    protected final PrismaOperations operations() {
        return transaction != null ? transaction : root;
    }

    /** The dynamic API under this client (maps in, maps out), bound to the same transaction. */
    public final PrismaOperations dynamic() {
        return operations();
    }

    /** Whether this is the client of a transaction. */
    public final boolean inTransaction() {
        return transaction != null;
    }

    // ---- transactions ----

    /**
     * An interactive transaction: {@code body} runs with a client bound to it; the transaction commits
     * when {@code body} returns and rolls back when it throws. Inside a transaction this is a savepoint.
     */
    public final <T> T $transaction(TransactionBody<C, T> body, TransactionOptions options) {
        return operations().$transaction(tx -> body.run(with(root, tx)), options);
    }

    public final <T> T $transaction(TransactionBody<C, T> body) {
        return $transaction(body, TransactionOptions.defaults());
    }

    /** A batch transaction: the calls run in order in one transaction; their results, typed. */
    public final TransactionResults $transaction(List<? extends Pending<?>> calls, TransactionOptions options) {
        List<PendingOperation> operations = new ArrayList<>(calls.size());
        calls.forEach(call -> operations.add(call.operation()));
        List<Object> raw = operations().$transaction(operations, options);
        return new TransactionResults(List.copyOf(calls), raw);
    }

    public final TransactionResults $transaction(Pending<?>... calls) {
        return $transaction(List.of(calls), TransactionOptions.defaults());
    }

    // ---- raw SQL ----

    /** A raw query whose values are bound: {@code $queryRaw(RawSql.sql("... WHERE age > ").value(18))}. */
    public final List<Map<String, Object>> $queryRaw(RawSql sql) {
        return operations().$queryRaw(sql);
    }

    /** A raw statement whose values are bound; returns the number of rows it changed. */
    public final int $executeRaw(RawSql sql) {
        return operations().$executeRaw(sql);
    }

    /** A raw query written with the database's placeholders ({@code $1} or {@code ?}); only for trusted text. */
    public final List<Map<String, Object>> $queryRawUnsafe(String sql, Object... parameters) {
        return operations().$queryRawUnsafe(sql, parameters);
    }

    /** A raw statement written with the database's placeholders; only for trusted text. */
    public final int $executeRawUnsafe(String sql, Object... parameters) {
        return operations().$executeRawUnsafe(sql, parameters);
    }

    // ---- the client itself ----

    /** Adds a middleware that sees every model call (model, action, argument maps) of this client. */
    @SuppressWarnings("unchecked")
    public final C $use(Middleware middleware) {
        rootOnly("$use").$use(middleware);
        return (C) this;
    }

    /** Subscribes to log events: {@code "query"}, {@code "info"}, {@code "warn"}, {@code "error"}. */
    @SuppressWarnings("unchecked")
    public final C $on(String level, Consumer<PrismaEvent> listener) {
        rootOnly("$on").$on(level, listener);
        return (C) this;
    }

    /** A client with a query extension; it shares this client's connections. */
    public final C $extends(Extension extension) {
        return with(rootOnly("$extends").$extends(extension), null);
    }

    /** Connects now (otherwise the first call does). */
    public final void $connect() {
        rootOnly("$connect").$connect();
    }

    /** Closes idle connections; later calls reconnect. */
    public final void $disconnect() {
        rootOnly("$disconnect").$disconnect();
    }

    /** Closes the connection pool. */
    @Override
    public final void close() {
        rootOnly("close").close();
    }

    private PrismaClient rootOnly(String call) {
        if (transaction != null) {
            throw new IllegalStateException(call + " is not available on a transaction's client: call it on the "
                    + "PrismaClient that started the transaction.");
        }
        return root;
    }
}
