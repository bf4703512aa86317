package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Both schemas matched up: tables by (namespace, name), columns by name within a table (kept sorted by
 * name, which is the order Prisma lists added, dropped and copied columns in), and what changed in each
 * column present on both sides.
 */
public final class DiffDatabase {
    /** The table Prisma keeps its migration history in; never diffed. */
    public static final String MIGRATIONS_TABLE = "_prisma_migrations";

    private final Pair<SqlSchema> schemas;
    private final DifferFlavour flavour;
    private final Map<List<String>, Slot<Table>> tables = new LinkedHashMap<>();
    private final Map<Pair<Table>, TreeMap<String, Slot<Column>>> columns = new HashMap<>();
    private final Map<Pair<Column>, ColumnChanges> columnChanges = new HashMap<>();
    private final Set<Pair<Table>> tablesToRedefine = new LinkedHashSet<>();

    /** One side or both: {@code previous} and/or {@code next} may be {@code null}. */
    static final class Slot<T> {
        T previous;
        T next;

        Pair<T> pair() {
            return previous != null && next != null ? new Pair<>(previous, next) : null;
        }
    }

    DiffDatabase(Pair<SqlSchema> schemas, DifferFlavour flavour) {
        this.schemas = schemas;
        this.flavour = flavour;
        for (Table table : schemas.previous().tables()) {
            if (!ignored(table)) {
                tables.computeIfAbsent(key(table), k -> new Slot<>()).previous = table;
            }
        }
        for (Table table : schemas.next().tables()) {
            if (ignored(table)) {
                continue;
            }
            Slot<Table> slot = tables.computeIfAbsent(key(table), k -> new Slot<>());
            slot.next = table;
            Pair<Table> pair = slot.pair();
            if (pair != null) {
                matchColumns(pair);
            }
        }
        flavour.setTablesToRedefine(this);
    }

    private boolean ignored(Table table) {
        return table.name().equals(MIGRATIONS_TABLE) || flavour.tableShouldBeIgnored(table.name());
    }

    private List<String> key(Table table) {
        String name = flavour.lowerCasesTableNames() ? table.name().toLowerCase(Locale.ROOT) : table.name();
        return java.util.Arrays.asList(table.namespace(), name);
    }

    private void matchColumns(Pair<Table> pair) {
        TreeMap<String, Slot<Column>> byName = new TreeMap<>();
        for (Column column : pair.previous().columns()) {
            byName.computeIfAbsent(column.name(), k -> new Slot<>()).previous = column;
        }
        for (Column column : pair.next().columns()) {
            byName.computeIfAbsent(column.name(), k -> new Slot<>()).next = column;
        }
        columns.put(pair, byName);
        for (Slot<Column> slot : byName.values()) {
            Pair<Column> columnPair = slot.pair();
            if (columnPair != null) {
                columnChanges.put(columnPair, ColumnDiff.changes(columnPair, flavour));
            }
        }
    }

    public Pair<SqlSchema> schemas() {
        return schemas;
    }

    public DifferFlavour flavour() {
        return flavour;
    }

    public List<Table> createdTables() {
        return tables.values().stream().filter(s -> s.previous == null).map(s -> s.next).toList();
    }

    public List<Table> droppedTables() {
        return tables.values().stream().filter(s -> s.next == null).map(s -> s.previous).toList();
    }

    /** Tables present on both sides, in the order the previous schema lists them. */
    public List<TableDiffer> tablePairs() {
        List<TableDiffer> pairs = new ArrayList<>();
        for (Slot<Table> slot : tables.values()) {
            Pair<Table> pair = slot.pair();
            if (pair != null) {
                pairs.add(new TableDiffer(pair, this));
            }
        }
        return pairs;
    }

    public List<TableDiffer> nonRedefinedTablePairs() {
        return tablePairs().stream().filter(t -> !tablesToRedefine.contains(t.tables())).toList();
    }

    public Set<Pair<Table>> tablesToRedefine() {
        return tablesToRedefine;
    }

    public void redefine(Pair<Table> tablePair) {
        tablesToRedefine.add(tablePair);
    }

    public boolean isRedefined(Table previous) {
        return tablesToRedefine.stream().anyMatch(p -> p.previous() == previous);
    }

    /** Columns of a table pair, sorted by name; either side may be missing. */
    List<Slot<Column>> columnSlots(Pair<Table> tablePair) {
        TreeMap<String, Slot<Column>> byName = columns.get(tablePair);
        return byName == null ? List.of() : new ArrayList<>(byName.values());
    }

    public ColumnChanges changes(Pair<Column> columnPair) {
        ColumnChanges changes = columnChanges.get(columnPair);
        return changes != null ? changes : ColumnDiff.changes(columnPair, flavour);
    }

    public List<Pair<SqlEnum>> enumPairs() {
        List<Pair<SqlEnum>> pairs = new ArrayList<>();
        for (SqlEnum previous : schemas.previous().enums()) {
            schemas.next().enums().stream().filter(next -> enumsMatch(previous, next)).findFirst()
                    .ifPresent(next -> pairs.add(new Pair<>(previous, next)));
        }
        return pairs;
    }

    public List<SqlEnum> createdEnums() {
        return schemas.next().enums().stream()
                .filter(next -> schemas.previous().enums().stream().noneMatch(p -> enumsMatch(p, next))).toList();
    }

    public List<SqlEnum> droppedEnums() {
        return schemas.previous().enums().stream()
                .filter(previous -> schemas.next().enums().stream().noneMatch(n -> enumsMatch(previous, n))).toList();
    }

    private static boolean enumsMatch(SqlEnum previous, SqlEnum next) {
        return previous.name().equals(next.name()) && Objects.equals(previous.namespace(), next.namespace());
    }

    /**
     * Namespaces only in the next schema, in its order. A namespace with neither tables nor new enums in it
     * is not created (a schema without models creates nothing).
     */
    public List<String> createdNamespaces() {
        SqlSchema next = schemas.next();
        String home = next.namespaces().isEmpty() ? null : next.namespaces().get(0);
        return next.namespaces().stream()
                .filter(n -> !schemas.previous().namespaces().contains(n))
                .filter(n -> next.tables().stream().anyMatch(t -> n.equals(t.namespace() != null ? t.namespace() : home))
                        || createdEnums().stream().anyMatch(e -> n.equals(e.namespace() != null ? e.namespace() : home)))
                .toList();
    }
}
