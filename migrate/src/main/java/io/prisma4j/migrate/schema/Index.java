package io.prisma4j.migrate.schema;

import java.util.ArrayList;
import java.util.List;

/** An index, unique constraint or primary key of a table. */
public final class Index {
    private final int id;
    private final Table table;
    private final String name;
    private final IndexKind kind;
    private final IndexAlgorithm algorithm;
    private final List<IndexColumn> columns = new ArrayList<>();

    Index(int id, Table table, String name, IndexKind kind, IndexAlgorithm algorithm) {
        this.id = id;
        this.table = table;
        this.name = name;
        this.kind = kind;
        this.algorithm = algorithm;
    }

    /** Position among all the schema's indexes; index steps are ordered by it. */
    public int id() {
        return id;
    }

    public Table table() {
        return table;
    }

    public String name() {
        return name;
    }

    public IndexKind kind() {
        return kind;
    }

    public IndexAlgorithm algorithm() {
        return algorithm;
    }

    public boolean isPrimaryKey() {
        return kind == IndexKind.PRIMARY_KEY;
    }

    public boolean isUnique() {
        return kind == IndexKind.UNIQUE;
    }

    public List<IndexColumn> columns() {
        return List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(c -> c.column().name()).toList();
    }

    public boolean contains(Column column) {
        return columns.stream().anyMatch(c -> c.column() == column);
    }

    void add(IndexColumn column) {
        columns.add(column);
    }

    @Override
    public String toString() {
        return kind + " " + name + columnNames();
    }
}
