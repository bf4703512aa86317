package io.prisma4j.client.internal;

import io.prisma4j.client.jdbc.DatabaseException;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.client.jdbc.JdbcDialect;
import io.prisma4j.client.jdbc.Values;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The query engine's connection port over JDBC: binds and reads values through the database's dialect,
 * translates database errors, reports every statement as a query event, and runs atomic work in a
 * transaction unless one is open already.
 */
public final class JdbcPort implements SqlPort {
    private final Session session;
    private final JdbcDialect dialect;
    private final Events events;

    public JdbcPort(Session session) {
        this.session = session;
        this.dialect = session.runtime().dialect();
        this.events = session.runtime().events();
    }

    @Override
    public List<Object[]> query(SqlStatement statement, List<ColumnType> columns) {
        return run(statement, false, prepared -> {
            dialect.prepareForColumns(prepared, columns);
            try (ResultSet rs = prepared.executeQuery()) {
                return rows(rs, columns);
            } finally {
                dialect.releaseForColumns(prepared, columns);
            }
        });
    }

    private List<Object[]> rows(ResultSet rs, List<ColumnType> columns) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        JdbcDialect.RowReader reader = dialect.rowReader(rs, columns);
        int rowNumber = 0;
        while (rs.next()) {
            rows.add(reader.read(rowNumber++));
        }
        return rows;
    }

    /**
     * As one statement where the server's flavour writes the two as one block (one round trip, see
     * {@link io.prisma4j.query.sql.SqlFlavour#writeThenQuery}); as two in a transaction otherwise.
     */
    @Override
    public List<Object[]> writeThenQuery(SqlStatement write, SqlStatement query, SqlStatement otherwise,
                                         List<ColumnType> columns) {
        boolean ownTransaction = !session.inTransaction();
        SqlStatement block = session.runtime().executor().flavour()
                .writeThenQuery(write, query, otherwise, ownTransaction);
        if (block == null) {
            return SqlPort.super.writeThenQuery(write, query, otherwise, columns);
        }
        try {
            return run(block, false, prepared -> {
                // The block answers with the rows of its read or its insert, then its own end; every
                // result is taken, so a failure after the rows (at the commit) is not missed.
                List<Object[]> rows = List.of();
                for (boolean isRows = prepared.execute(); isRows || prepared.getUpdateCount() != -1;
                     isRows = prepared.getMoreResults()) {
                    if (isRows) {
                        try (ResultSet rs = prepared.getResultSet()) {
                            rows = rows(rs, columns);
                        }
                    }
                }
                return rows;
            });
        } catch (RuntimeException e) {
            if (ownTransaction) {
                rollbackBlock(session.connection());
            }
            throw e;
        }
    }

    /** A block that failed leaves its transaction open, and the connector does not know of it. */
    private static void rollbackBlock(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // The connection is probably gone; the pool tests it before it is used again.
        }
    }

    @Override
    public long execute(SqlStatement statement) {
        return run(statement, false, PreparedStatement::executeLargeUpdate);
    }

    @Override
    public List<Object> insertGeneratedKeys(SqlStatement statement, ColumnType keyType) {
        return run(statement, true, prepared -> {
            prepared.executeUpdate();
            List<Object> keys = new ArrayList<>();
            try (ResultSet rs = prepared.getGeneratedKeys()) {
                while (rs.next()) {
                    keys.add(Values.convert(rs.getObject(1), keyType.kind()));
                }
            }
            return keys;
        });
    }

    /** What one statement does once it is prepared and its parameters bound. */
    @FunctionalInterface
    private interface Execution<T> {
        T on(PreparedStatement prepared) throws SQLException;
    }

    /**
     * The way every statement goes: prepared (asking for generated keys when {@code generatedKeys}), bound,
     * refused by an expired transaction, run by {@code execution}, its failure made Prisma's, and reported
     * as a query event.
     */
    private <T> T run(SqlStatement statement, boolean generatedKeys, Execution<T> execution) {
        Connection connection = session.connection();
        long start = System.nanoTime();
        try (PreparedStatement prepared = generatedKeys
                ? connection.prepareStatement(statement.sql(), Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(statement.sql())) {
            session.beforeStatement(prepared);
            try {
                bind(connection, prepared, statement.parameters());
                return execution.on(prepared);
            } finally {
                session.afterStatement();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            events.query(statement.sql(), statement.parameters(), System.nanoTime() - start);
        }
    }

    @Override
    public boolean inTransaction() {
        return session.inTransaction();
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        if (session.inTransaction()) {
            return work.get();
        }
        session.begin();
        try {
            T result = work.get();
            session.commit();
            return result;
        } catch (RuntimeException | Error e) {
            session.rollback();
            throw e;
        }
    }

    private void bind(Connection connection, PreparedStatement prepared, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            dialect.bind(connection, prepared, i + 1, parameters.get(i));
        }
    }

    private RuntimeException failure(SQLException e) {
        if (session instanceof TransactionSession transaction && transaction.expired()) {
            return transaction.expiredError("query");
        }
        DriverError error = session.runtime().requestError(e);
        if (error != null) {
            return new DatabaseException(error, e);
        }
        return session.runtime().connectionFailure(e);
    }
}
