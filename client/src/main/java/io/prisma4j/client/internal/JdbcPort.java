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
        Connection connection = session.connection();
        long start = System.nanoTime();
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            session.beforeStatement(prepared);
            try {
                dialect.prepareForColumns(prepared, columns);
                bind(connection, prepared, statement.parameters());
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = prepared.executeQuery()) {
                    JdbcDialect.RowReader reader = dialect.rowReader(rs, columns);
                    int rowNumber = 0;
                    while (rs.next()) {
                        rows.add(reader.read(rowNumber++));
                    }
                } finally {
                    dialect.releaseForColumns(prepared, columns);
                }
                return rows;
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
    public long execute(SqlStatement statement) {
        Connection connection = session.connection();
        long start = System.nanoTime();
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            session.beforeStatement(prepared);
            try {
                bind(connection, prepared, statement.parameters());
                return prepared.executeLargeUpdate();
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
    public List<Object> insertGeneratedKeys(SqlStatement statement, ColumnType keyType) {
        Connection connection = session.connection();
        long start = System.nanoTime();
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql(), Statement.RETURN_GENERATED_KEYS)) {
            session.beforeStatement(prepared);
            try {
                bind(connection, prepared, statement.parameters());
                prepared.executeUpdate();
                List<Object> keys = new ArrayList<>();
                try (ResultSet rs = prepared.getGeneratedKeys()) {
                    while (rs.next()) {
                        keys.add(Values.convert(rs.getObject(1), keyType.kind()));
                    }
                }
                return keys;
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
