package io.prisma4j.migrate.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A database schema as migrations see it: namespaces, tables, enums and view names. Described schemas
 * also know the namespace they were read from ({@link #defaultNamespace()}), which a few PostgreSQL
 * statements print, as Prisma's do.
 */
public final class SqlSchema {
    final List<String> namespaces = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<SqlEnum> enums = new ArrayList<>();
    final List<String> views = new ArrayList<>();
    final Set<Column> prismaLevelDefaults = new LinkedHashSet<>();
    String defaultNamespace;
    int columnCount;
    int indexCount;
    int foreignKeyCount;

    SqlSchema() {
    }

    /** An empty schema with no namespace (the "from empty" side of a diff). */
    public static SqlSchema empty() {
        return new SqlSchema();
    }

    public List<String> namespaces() {
        return List.copyOf(namespaces);
    }

    /** The namespace a describer read (PostgreSQL {@code public}), or {@code null} for calculated schemas. */
    public String defaultNamespace() {
        return defaultNamespace;
    }

    public List<Table> tables() {
        return List.copyOf(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<SqlEnum> enums() {
        return List.copyOf(enums);
    }

    public Optional<SqlEnum> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Names of views; migrations leave them alone. */
    public List<String> views() {
        return List.copyOf(views);
    }

    /** Columns whose default prisma4j computes ({@code uuid()}, {@code cuid()}): no database default. */
    public boolean hasPrismaLevelDefault(Column column) {
        return prismaLevelDefaults.contains(column);
    }

    /** Every column of every table. */
    public List<Column> allColumns() {
        return tables.stream().flatMap(t -> t.columns.stream()).toList();
    }

    public boolean isEmpty() {
        return tables.isEmpty() && enums.isEmpty();
    }

    @Override
    public String toString() {
        return "SqlSchema" + tables;
    }
}
