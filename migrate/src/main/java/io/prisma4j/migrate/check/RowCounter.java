package io.prisma4j.migrate.check;

/** Counts what checks need to know about the data in the database. */
public interface RowCounter {

    long rows(TableRef table) throws Exception;

    long nonNullValues(ColumnRef column) throws Exception;
}
