package io.prisma4j.client;

import io.prisma4j.client.internal.ClientRuntime;
import io.prisma4j.client.internal.Session;
import io.prisma4j.client.internal.TransactionSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client a transaction callback receives: every call runs on the transaction's connection; a
 * nested {@code $transaction} becomes a savepoint.
 */
final class BoundClient implements PrismaOperations {
    private final ClientRuntime runtime;
    private final TransactionSession session;
    private final List<Middleware> middleware;
    private final List<Extension> extensions;

    BoundClient(ClientRuntime runtime, TransactionSession session, List<Middleware> middleware,
                List<Extension> extensions) {
        this.runtime = runtime;
        this.session = session;
        this.middleware = middleware;
        this.extensions = extensions;
    }

    @Override
    public ModelClient model(String name) {
        return new ModelClient(this, name);
    }

    @Override
    public Object execute(String model, String action, Map<String, ?> args) {
        return CallChain.run(middleware, extensions, model, action, args, true,
                (m, a, finalArgs) -> runtime.runModel(session, m, a, finalArgs));
    }

    @Override
    public List<Map<String, Object>> $queryRaw(RawSql sql) {
        return runtime.queryRaw(session, sql.render(runtime.dialect()::placeholder), sql.values(), "$queryRaw");
    }

    @Override
    public int $executeRaw(RawSql sql) {
        return runtime.executeRaw(session, sql.render(runtime.dialect()::placeholder), sql.values(), "$executeRaw");
    }

    @Override
    public List<Map<String, Object>> $queryRawUnsafe(String sql, Object... parameters) {
        return runtime.queryRaw(session, sql, List.of(parameters), "$queryRawUnsafe");
    }

    @Override
    public int $executeRawUnsafe(String sql, Object... parameters) {
        return runtime.executeRaw(session, sql, List.of(parameters), "$executeRawUnsafe");
    }

    @Override
    public <T> T $transaction(TransactionCallback<T> callback, TransactionOptions options) {
        return PrismaClient.translate(() -> session.savepointed(() -> {
            try {
                return callback.run(this);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new TransactionAbortedException(e);
            }
        }));
    }

    @Override
    public List<Object> $transaction(List<PendingOperation> operations, TransactionOptions options) {
        return PrismaClient.translate(() -> session.savepointed(() -> {
            List<Object> results = new ArrayList<>();
            for (PendingOperation operation : operations) {
                results.add(PrismaClient.runPending(this, operation));
            }
            return results;
        }));
    }

    Session session() {
        return session;
    }
}
