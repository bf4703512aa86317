package io.prisma4j.sql.ast;

/** Something a query reads from: a table or a derived table. */
public sealed interface TableRef permits TableRef.Table, TableRef.Derived {

    /** The alias the rest of the query uses, or {@code null}. */
    String alias();

    /** A table, optionally in a schema, optionally aliased. */
    record Table(String schema, String name, String alias) implements TableRef {
        public Table as(String newAlias) {
            return new Table(schema, name, newAlias);
        }
    }

    /** {@code (SELECT ...) AS alias}. */
    record Derived(Select select, String alias) implements TableRef {
    }
}
