package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One table present in both schemas: its added, dropped and changed columns, indexes and foreign keys. */
public final class TableDiffer {
    private final Pair<Table> tables;
    private final DiffDatabase db;

    TableDiffer(Pair<Table> tables, DiffDatabase db) {
        this.tables = tables;
        this.db = db;
    }

    public Pair<Table> tables() {
        return tables;
    }

    public Table previous() {
        return tables.previous();
    }

    public Table next() {
        return tables.next();
    }

    /** Columns on both sides, sorted by name. */
    public List<Pair<Column>> columnPairs() {
        return db.columnSlots(tables).stream().map(DiffDatabase.Slot::pair).filter(Objects::nonNull).toList();
    }

    /** Columns only in the previous table, sorted by name. */
    public List<Column> droppedColumns() {
        return db.columnSlots(tables).stream().filter(s -> s.next == null).map(s -> s.previous).toList();
    }

    /** Columns only in the next table, sorted by name. */
    public List<Column> addedColumns() {
        return db.columnSlots(tables).stream().filter(s -> s.previous == null).map(s -> s.next).toList();
    }

    public boolean anyColumnChanged() {
        return columnPairs().stream().anyMatch(p -> db.changes(p).differsInSomething());
    }

    public List<ForeignKey> createdForeignKeys() {
        return next().foreignKeys().stream()
                .filter(n -> previous().foreignKeys().stream().noneMatch(p -> foreignKeysMatch(p, n))).toList();
    }

    public List<ForeignKey> droppedForeignKeys() {
        return previous().foreignKeys().stream()
                .filter(p -> next().foreignKeys().stream().noneMatch(n -> foreignKeysMatch(p, n))).toList();
    }

    public List<Pair<ForeignKey>> foreignKeyPairs() {
        Set<ForeignKey> seen = new HashSet<>();
        List<Pair<ForeignKey>> pairs = new ArrayList<>();
        for (ForeignKey previous : previous().foreignKeys()) {
            for (ForeignKey next : next().foreignKeys()) {
                if (!seen.contains(next) && foreignKeysMatch(previous, next)) {
                    seen.add(next);
                    pairs.add(new Pair<>(previous, next));
                    break;
                }
            }
        }
        return pairs;
    }

    public List<Index> createdIndexes() {
        return next().secondaryIndexes().stream()
                .filter(n -> previous().secondaryIndexes().stream().noneMatch(p -> indexesMatch(p, n))).toList();
    }

    public List<Index> droppedIndexes() {
        return previous().secondaryIndexes().stream()
                .filter(p -> next().secondaryIndexes().stream().noneMatch(n -> indexesMatch(p, n))).toList();
    }

    /**
     * Indexes on both sides (possibly renamed). An index with an identical twin in the previous table is
     * left out: renaming among look-alikes is too unstable.
     */
    public List<Pair<Index>> indexPairs() {
        List<Pair<Index>> pairs = new ArrayList<>();
        List<Index> previousIndexes = previous().secondaryIndexes();
        for (Index left : previousIndexes) {
            long identical = previousIndexes.stream()
                    .filter(right -> left.columnNames().equals(right.columnNames()) && left.kind() == right.kind())
                    .count();
            if (identical != 1) {
                continue;
            }
            next().secondaryIndexes().stream().filter(n -> indexesMatch(left, n)).findFirst()
                    .ifPresent(n -> pairs.add(new Pair<>(left, n)));
        }
        return pairs;
    }

    public Optional<Index> createdPrimaryKey() {
        return previous().primaryKey().isEmpty() ? next().primaryKey() : Optional.empty();
    }

    public Optional<Index> droppedPrimaryKey() {
        return next().primaryKey().isEmpty() ? previous().primaryKey() : Optional.empty();
    }

    public boolean primaryKeyChanged() {
        Optional<Index> previousPk = previous().primaryKey();
        Optional<Index> nextPk = next().primaryKey();
        if (previousPk.isEmpty() || nextPk.isEmpty()) {
            return false;
        }
        List<IndexColumn> a = previousPk.get().columns();
        List<IndexColumn> b = nextPk.get().columns();
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).column().name().equals(b.get(i).column().name())
                    || a.get(i).effectiveSortOrder() != b.get(i).effectiveSortOrder()
                    || !Objects.equals(a.get(i).length(), b.get(i).length())) {
                return true;
            }
        }
        return columnPairs().stream()
                .filter(p -> previousPk.get().contains(p.previous()))
                .anyMatch(p -> db.changes(p).type());
    }

    /** Whether two foreign keys are the same constraint for diffing purposes (names aside). */
    boolean foreignKeysMatch(ForeignKey previous, ForeignKey next) {
        DifferFlavour flavour = db.flavour();
        if (!flavour.tableNamesMatch(new Pair<>(previous.referencedTable().name(), next.referencedTable().name()))) {
            return false;
        }
        List<Column> previousColumns = previous.columns();
        List<Column> nextColumns = next.columns();
        if (previous.referencedColumns().size() != next.referencedColumns().size()
                || previousColumns.size() != nextColumns.size()) {
            return false;
        }
        for (int i = 0; i < previousColumns.size(); i++) {
            Pair<Column> cols = new Pair<>(previousColumns.get(i), nextColumns.get(i));
            boolean aritiesOk = flavour.canCopeWithForeignKeyColumnBecomingNonNullable()
                    || cols.previous().arity() == cols.next().arity()
                    || (cols.previous().arity().isRequired() && cols.next().arity().isNullable());
            if (!cols.previous().name().equals(cols.next().name()) || db.changes(cols).type() || !aritiesOk) {
                return false;
            }
        }
        for (int i = 0; i < previous.referencedColumns().size(); i++) {
            if (!previous.referencedColumns().get(i).name().equals(next.referencedColumns().get(i).name())) {
                return false;
            }
        }
        return previous.onDelete() == next.onDelete() && previous.onUpdate() == next.onUpdate();
    }

    /** Whether two indexes differ only by name. */
    boolean indexesMatch(Index previous, Index next) {
        List<IndexColumn> a = previous.columns();
        List<IndexColumn> b = next.columns();
        if (a.size() != b.size() || previous.kind() != next.kind()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).column().name().equals(b.get(i).column().name())
                    || !Objects.equals(a.get(i).length(), b.get(i).length())
                    || a.get(i).effectiveSortOrder() != b.get(i).effectiveSortOrder()) {
                return false;
            }
        }
        return db.flavour().indexesMatch(previous, next);
    }
}
