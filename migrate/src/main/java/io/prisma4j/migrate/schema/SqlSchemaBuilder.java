package io.prisma4j.migrate.schema;

import java.util.List;

/**
 * Builds a {@link SqlSchema}. Ids are handed out in call order, so the order in which a calculator or a
 * describer adds things is the order the differ sees.
 */
public final class SqlSchemaBuilder {
    private final SqlSchema schema = new SqlSchema();
    private boolean built;

    public SqlSchemaBuilder namespace(String name) {
        if (!schema.namespaces.contains(name)) {
            schema.namespaces.add(name);
        }
        return this;
    }

    /** The namespace the schema was described from. */
    public SqlSchemaBuilder defaultNamespace(String name) {
        schema.defaultNamespace = name;
        return this;
    }

    public Table table(String namespace, String name) {
        Table table = new Table(schema.tables.size(), namespace, name);
        schema.tables.add(table);
        return table;
    }

    public Column column(Table table, String name, ColumnType type, SqlDefault defaultValue, boolean autoincrement) {
        Column column = new Column(schema.columnCount++, table, name, type, defaultValue, autoincrement);
        table.columns.add(column);
        return column;
    }

    public Index index(Table table, String name, IndexKind kind, IndexAlgorithm algorithm, List<IndexColumn> columns) {
        Index index = new Index(schema.indexCount++, table, name, kind, algorithm);
        columns.forEach(index::add);
        table.indexes.add(index);
        return index;
    }

    public Index index(Table table, String name, IndexKind kind, List<Column> columns) {
        return index(table, name, kind, IndexAlgorithm.BTREE, columns.stream().map(IndexColumn::of).toList());
    }

    public ForeignKey foreignKey(Table table, String constraintName, Table referencedTable, List<Column> columns,
                                 List<Column> referencedColumns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
        ForeignKey fk = new ForeignKey(schema.foreignKeyCount++, table, constraintName, referencedTable, onDelete,
                onUpdate);
        for (int i = 0; i < columns.size(); i++) {
            fk.add(columns.get(i), referencedColumns.get(i));
        }
        table.foreignKeys.add(fk);
        return fk;
    }

    public SqlEnum enumType(String namespace, String name, List<String> values) {
        SqlEnum sqlEnum = new SqlEnum(schema.enums.size(), namespace, name, values);
        schema.enums.add(sqlEnum);
        return sqlEnum;
    }

    public SqlSchemaBuilder view(String name) {
        schema.views.add(name);
        return this;
    }

    /** Marks a column whose default prisma4j computes rather than the database. */
    public SqlSchemaBuilder prismaLevelDefault(Column column) {
        schema.prismaLevelDefaults.add(column);
        return this;
    }

    public SqlSchema build() {
        if (built) {
            throw new IllegalStateException("build() was already called");
        }
        built = true;
        return schema;
    }
}
