package io.prisma4j.client.internal;

import io.prisma4j.query.QueryRequestException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The connection of an interactive transaction. It expires after its timeout: the transaction is rolled
 * back at once (a running statement is cancelled) and every later statement or commit fails with P2028.
 */
public final class TransactionSession extends Session {

    enum State {
        OPEN, COMMITTED, ROLLED_BACK, EXPIRED
    }

    private final Connection connection;
    private final long started = System.nanoTime();
    private final long timeoutMillis;
    private State state = State.OPEN;
    private Statement running;
    private ScheduledFuture<?> timer;
    private int savepoints;
    private boolean released;

    TransactionSession(ClientRuntime runtime, Connection connection, long timeoutMillis) {
        super(runtime);
        this.connection = connection;
        this.timeoutMillis = timeoutMillis;
    }

    void startTimer() {
        timer = runtime.scheduler().schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized Connection connection() {
        check("query");
        return connection;
    }

    @Override
    public boolean inTransaction() {
        return true;
    }

    @Override
    public synchronized void beforeStatement(Statement statement) {
        check("query");
        running = statement;
    }

    @Override
    public synchronized void afterStatement() {
        running = null;
        if (state == State.EXPIRED) {
            releaseRolledBack();
        }
    }

    /** Whether the transaction expired (a failing statement is then reported as P2028). */
    public synchronized boolean expired() {
        return state == State.EXPIRED;
    }

    /** P2028 for an operation on a transaction that is no longer open, else nothing. */
    synchronized void check(String operation) {
        switch (state) {
            case OPEN -> {
            }
            case EXPIRED -> throw expiredError(operation);
            case COMMITTED -> throw closedError(operation, "a committed transaction");
            case ROLLED_BACK -> throw closedError(operation, "a transaction that was rolled back");
        }
    }

    QueryRequestException expiredError(String operation) {
        long taken = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("operation", operation);
        meta.put("timeout", timeoutMillis);
        meta.put("timeTaken", taken);
        return new QueryRequestException("P2028", "Transaction API error: A " + operation
                + " cannot be executed on an expired transaction. The timeout for this transaction was " + timeoutMillis
                + " ms, however " + taken + " ms passed since the start of the transaction. Consider increasing the "
                + "interactive transaction timeout or doing less work in the transaction.", meta);
    }

    private static QueryRequestException closedError(String operation, String what) {
        return new QueryRequestException("P2028", "Transaction API error: Transaction already closed: A " + operation
                + " cannot be executed on " + what + ".", Map.of());
    }

    /** The timeout fired: roll back now, or cancel the running statement and roll back when it returns. */
    private synchronized void expire() {
        if (state != State.OPEN) {
            return;
        }
        state = State.EXPIRED;
        runtime.events().message(io.prisma4j.client.LogLevel.WARN, "Interactive transaction expired after "
                + timeoutMillis + " ms; it was rolled back");
        if (running != null) {
            try {
                running.cancel();
            } catch (SQLException e) {
                // The statement finishes on its own; the transaction is rolled back after it.
            }
        } else {
            releaseRolledBack();
        }
    }

    /** Commits; P2028 when the transaction expired meanwhile. */
    public synchronized void commitTransaction() {
        check("commit");
        cancelTimer();
        try {
            connection.commit();
            state = State.COMMITTED;
        } catch (SQLException e) {
            state = State.ROLLED_BACK;
            releaseRolledBack();
            throw runtime.translateCommitFailure(e);
        }
        release();
    }

    public synchronized void rollbackTransaction() {
        cancelTimer();
        if (state == State.OPEN) {
            state = State.ROLLED_BACK;
        }
        releaseRolledBack();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void releaseRolledBack() {
        if (released) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // A broken connection is evicted by the pool.
        }
        release();
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Ditto.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Ditto.
        }
    }

    /** A nested {@code $transaction}: a savepoint, released on success, rolled back to on failure. */
    public <T> T savepointed(java.util.function.Supplier<T> work) {
        Savepoint savepoint;
        synchronized (this) {
            check("query");
            try {
                savepoint = connection.setSavepoint("prisma4j_sp_" + (++savepoints));
            } catch (SQLException e) {
                throw runtime.connectionFailure(e);
            }
        }
        try {
            T result = work.get();
            synchronized (this) {
                check("query");
                try {
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    // SQLite and MariaDB release implicitly in some states; the transaction continues.
                }
            }
            return result;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                if (state == State.OPEN) {
                    try {
                        connection.rollback(savepoint);
                    } catch (SQLException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
            }
            throw e;
        }
    }

    @Override
    public void begin() {
    }

    @Override
    public void commit() {
    }

    @Override
    public void rollback() {
    }

    @Override
    public void close() {
        // The transaction's owner commits or rolls back; requests inside it do not close it.
    }
}
