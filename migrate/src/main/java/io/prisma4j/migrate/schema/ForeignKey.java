package io.prisma4j.migrate.schema;

import java.util.ArrayList;
import java.util.List;

/** A foreign key constraint from columns of one table to columns of another. */
public final class ForeignKey {
    private final int id;
    private final Table table;
    private final String constraintName;
    private final Table referencedTable;
    private final ForeignKeyAction onDelete;
    private final ForeignKeyAction onUpdate;
    private final List<Column> columns = new ArrayList<>();
    private final List<Column> referencedColumns = new ArrayList<>();

    ForeignKey(int id, Table table, String constraintName, Table referencedTable, ForeignKeyAction onDelete,
               ForeignKeyAction onUpdate) {
        this.id = id;
        this.table = table;
        this.constraintName = constraintName;
        this.referencedTable = referencedTable;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }

    /** Position among all the schema's foreign keys; foreign key steps are ordered by it. */
    public int id() {
        return id;
    }

    /** The constrained (referencing) table. */
    public Table table() {
        return table;
    }

    /** The constraint's name, or {@code null} when the database keeps none. */
    public String constraintName() {
        return constraintName;
    }

    public Table referencedTable() {
        return referencedTable;
    }

    public ForeignKeyAction onDelete() {
        return onDelete;
    }

    public ForeignKeyAction onUpdate() {
        return onUpdate;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public List<Column> referencedColumns() {
        return List.copyOf(referencedColumns);
    }

    void add(Column column, Column referenced) {
        columns.add(column);
        referencedColumns.add(referenced);
    }

    @Override
    public String toString() {
        return "FK " + constraintName + " " + table.name() + columns + " -> " + referencedTable.name();
    }
}
