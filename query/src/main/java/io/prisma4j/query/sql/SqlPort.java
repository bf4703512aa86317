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
     * Runs a write, then a query reading back the row it wrote, atomically: the row stays locked between
     * the two. When the write changed no row, runs {@code otherwise} instead of the query, if given: a
     * statement returning the same columns. Returns the rows of whichever ran, none when neither did.
     */
    default List<Object[]> writeThenQuery(SqlStatement write, SqlStatement query, SqlStatement otherwise,
                                          List<ColumnType> columns) {
        return atomically(() -> execute(write) > 0 ? query(query, columns)
                : otherwise == null ? List.of() : query(otherwise, columns));
    }

    /** Whether a transaction is open already (an interactive one): atomic work then opens none of its own. */
    boolean inTransaction();

    /**
     * Runs {@code work} atomically: in a new transaction, or as part of the one already open (then a
     * failure is left to the caller of that transaction).
     */
    <T> T atomically(Supplier<T> work);
}
