package io.prisma4j.query.plan;

import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A port that notes the statements an operation sends. With a delegate it runs them there; without one
 * it is a dry run that finds a shape's SQL: it answers every query with no rows (a read) or with one
 * row of nulls (a write, whose RETURNING row the engine reads), and refuses anything else.
 */
final class RecordingPort implements SqlPort {
    private final SqlPort delegate;
    private final boolean oneRow;
    final List<SqlStatement> queries = new ArrayList<>(1);
    /** The statements of the one {@link #writeThenQuery} sent: write, query, and otherwise or null. */
    List<SqlStatement> block;
    List<ColumnType> columns;
    boolean other;

    RecordingPort(SqlPort delegate) {
        this(delegate, false);
    }

    private RecordingPort(SqlPort delegate, boolean oneRow) {
        this.delegate = delegate;
        this.oneRow = oneRow;
    }

    /** A dry run of a write: each query answers one row of nulls. */
    static RecordingPort dryWrite() {
        return new RecordingPort(null, true);
    }

    /** Whether the operation sent exactly one query and nothing else. */
    boolean singleQuery() {
        return queries.size() == 1 && block == null && !other;
    }

    /** Whether the operation sent exactly one write-then-query and nothing else. */
    boolean singleBlock() {
        return queries.isEmpty() && block != null && !other;
    }

    /** The statements sent: the one query, or the block's. */
    List<SqlStatement> statements() {
        return block != null ? block : queries;
    }

    @Override
    public List<Object[]> query(SqlStatement statement, List<ColumnType> columnTypes) {
        queries.add(statement);
        columns = columnTypes;
        return delegate != null ? delegate.query(statement, columnTypes) : dryRows(columnTypes);
    }

    @Override
    public List<Object[]> writeThenQuery(SqlStatement write, SqlStatement query, SqlStatement otherwise,
                                         List<ColumnType> columnTypes) {
        if (block != null) {
            other = true;
        }
        block = Arrays.asList(write, query, otherwise);
        columns = columnTypes;
        return delegate != null ? delegate.writeThenQuery(write, query, otherwise, columnTypes) : dryRows(columnTypes);
    }

    private List<Object[]> dryRows(List<ColumnType> columnTypes) {
        return oneRow ? List.<Object[]>of(new Object[columnTypes.size()]) : List.of();
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
    public boolean inTransaction() {
        return delegate != null && delegate.inTransaction();
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        other = true;
        return delegate == null ? work.get() : delegate.atomically(work);
    }
}
