package io.prisma4j.query.plan;

import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A port that notes the statements an operation sends. With a delegate it runs them there; without one
 * it answers every query with no rows and refuses anything else (the dry run that finds a shape's SQL).
 */
final class RecordingPort implements SqlPort {
    private final SqlPort delegate;
    final List<SqlStatement> queries = new ArrayList<>(1);
    List<ColumnType> columns;
    boolean other;

    RecordingPort(SqlPort delegate) {
        this.delegate = delegate;
    }

    /** Whether the operation sent exactly one query and nothing else. */
    boolean singleQuery() {
        return queries.size() == 1 && !other;
    }

    @Override
    public List<Object[]> query(SqlStatement statement, List<ColumnType> columnTypes) {
        queries.add(statement);
        columns = columnTypes;
        return delegate == null ? List.of() : delegate.query(statement, columnTypes);
    }

    @Override
    public long execute(SqlStatement statement) {
        other = true;
        if (delegate == null) {
            throw new IllegalStateException("a dry run sends no writes");
        }
        return delegate.execute(statement);
    }

    @Override
    public List<Object> insertGeneratedKeys(SqlStatement statement, ColumnType keyType) {
        other = true;
        if (delegate == null) {
            throw new IllegalStateException("a dry run sends no writes");
        }
        return delegate.insertGeneratedKeys(statement, keyType);
    }

    @Override
    public List<Object[]> writeThenQuery(SqlStatement write, SqlStatement query, SqlStatement otherwise,
                                         List<ColumnType> columnTypes) {
        other = true;
        if (delegate == null) {
            throw new IllegalStateException("a dry run sends no writes");
        }
        return delegate.writeThenQuery(write, query, otherwise, columnTypes);
    }

    @Override
    public boolean inTransaction() {
        return delegate != null && delegate.inTransaction();
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        other = true;
        return delegate == null ? work.get() : delegate.atomically(work);
    }
}
