package io.prisma4j.migrate.schema;

/** A table column. */
public final class Column {
    private final int id;
    private final Table table;
    private final String name;
    private final ColumnType type;
    private final SqlDefault defaultValue;
    private final boolean autoincrement;

    Column(int id, Table table, String name, ColumnType type, SqlDefault defaultValue, boolean autoincrement) {
        this.id = id;
        this.table = table;
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.autoincrement = autoincrement;
    }

    /** Position among all the schema's columns; column changes are ordered by it. */
    public int id() {
        return id;
    }

    public Table table() {
        return table;
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    public ColumnTypeFamily family() {
        return type.family();
    }

    public ColumnArity arity() {
        return type.arity();
    }

    public DbType nativeType() {
        return type.nativeType();
    }

    /** The default, or {@code null}. */
    public SqlDefault defaultValue() {
        return defaultValue;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** Filled by the database ({@code SERIAL}, {@code AUTO_INCREMENT}, SQLite's integer primary key). */
    public boolean isAutoincrement() {
        return autoincrement;
    }

    /** The whole primary key of its table. */
    public boolean isSinglePrimaryKey() {
        return table.primaryKey().map(pk -> pk.columns().size() == 1 && pk.columns().get(0).column() == this)
                .orElse(false);
    }

    public boolean isPartOfPrimaryKey() {
        return table.primaryKey().map(pk -> pk.contains(this)).orElse(false);
    }

    @Override
    public String toString() {
        return table.name() + "." + name;
    }
}
