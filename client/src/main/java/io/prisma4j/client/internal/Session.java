package io.prisma4j.client.internal;

import io.prisma4j.client.PrismaException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection one request uses: taken from the pool on the first statement, given back when the
 * request ends. {@link TransactionSession} is the one an interactive transaction keeps.
 */
public class Session implements AutoCloseable {
    protected final ClientRuntime runtime;
    private Connection connection;
    private boolean transaction;

    public Session(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    public ClientRuntime runtime() {
        return runtime;
    }

    public Connection connection() {
        if (connection == null) {
            connection = runtime.pool().acquire(runtime.pool().timeoutMillis());
        }
        return connection;
    }

    public boolean inTransaction() {
        return transaction;
    }

    /** Called before each statement: an expired transaction refuses it. */
    public void beforeStatement(Statement statement) {
    }

    public void afterStatement() {
    }

    public void begin() {
        try {
            runtime.dialect().begin(connection());
            transaction = true;
        } catch (SQLException e) {
            throw runtime.connectionFailure(e);
        }
    }

    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw runtime.connectionFailure(e);
        } finally {
            endTransaction();
        }
    }

    public void rollback() {
        if (connection == null || !transaction) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is probably gone; it is discarded when closed.
        } finally {
            endTransaction();
        }
    }

    private void endTransaction() {
        transaction = false;
        try {
            if (connection != null && !connection.isClosed()) {
                runtime.dialect().endTransaction(connection);
            }
        } catch (SQLException e) {
            // Left to the pool, which tests connections before reuse.
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            if (transaction) {
                rollback();
            }
            connection.close();
        } catch (SQLException | PrismaException e) {
            // Closing returns the connection to the pool; a broken one is evicted there.
        } finally {
            connection = null;
        }
    }
}
