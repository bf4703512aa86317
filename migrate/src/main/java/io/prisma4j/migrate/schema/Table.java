package io.prisma4j.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A table with its columns, indexes (the primary key among them) and foreign keys. */
public final class Table {
    private final int id;
    private final String namespace;
    private final String name;
    final List<Column> columns = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();

    Table(int id, String namespace, String name) {
        this.id = id;
        this.namespace = namespace;
        this.name = name;
    }

    /** Position among the schema's tables; table steps are ordered by it. */
    public int id() {
        return id;
    }

    /** The schema when set explicitly ({@code @@schema}), else {@code null}. */
    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Every index, the primary key included. */
    public List<Index> indexes() {
        return List.copyOf(indexes);
    }

    /** Indexes and unique constraints, without the primary key. */
    public List<Index> secondaryIndexes() {
        return indexes.stream().filter(i -> !i.isPrimaryKey()).toList();
    }

    public Optional<Index> primaryKey() {
        return indexes.stream().filter(Index::isPrimaryKey).findFirst();
    }

    public List<ForeignKey> foreignKeys() {
        return List.copyOf(foreignKeys);
    }

    @Override
    public String toString() {
        return namespace == null ? name : namespace + "." + name;
    }
}
