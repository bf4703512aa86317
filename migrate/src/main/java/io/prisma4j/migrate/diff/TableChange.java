package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;

/** One change inside an {@code ALTER TABLE}, in the order Prisma writes them. */
public sealed interface TableChange {

    record DropPrimaryKey() implements TableChange {
    }

    record RenamePrimaryKey() implements TableChange {
    }

    record DropColumn(Column column) implements TableChange {
    }

    /** {@code virtualDefault}: the new column's default is computed by prisma4j ({@code uuid()}). */
    record AddColumn(Column column, boolean virtualDefault) implements TableChange {
    }

    record AlterColumn(Pair<Column> columns, ColumnChanges changes, TypeChange typeChange) implements TableChange {
    }

    /** The type cannot be cast: the column is dropped and added again. */
    record DropAndRecreateColumn(Pair<Column> columns, ColumnChanges changes) implements TableChange {
    }

    record AddPrimaryKey() implements TableChange {
    }
}
