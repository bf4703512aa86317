package io.prisma4j.query.sql;

import io.prisma4j.sql.SqlStatement;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the SQL executor needs from a database connection. The client implements it over JDBC: it binds
 * parameters, decodes columns by {@link ColumnType}, maps database errors, counts statements and logs.
 */
public interface SqlPort {

    /** Runs a query and returns its rows, each column decoded by its type. */
    List<Object[]> query(SqlStatement statement, List<ColumnType> columns);

    /** Runs a statement and returns the number of rows it changed. */
    long execute(SqlStatement statement);

    /**
     * Runs an INSERT on a database without RETURNING and returns the key the database generated for
     * each inserted row, in insertion order.
     */
    List<Object> insertGeneratedKeys(SqlStatement statement, ColumnType keyType);

    /**
     * Runs {@code work} atomically: in a new transaction, or as part of the one already open (then a
     * failure is left to the caller of that transaction).
     */
    <T> T atomically(Supplier<T> work);
}
