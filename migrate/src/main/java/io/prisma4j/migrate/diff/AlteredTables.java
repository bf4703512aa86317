package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Steps for tables present on both sides and not redefined: foreign keys, indexes and {@code ALTER TABLE}. */
final class AlteredTables {
    private AlteredTables() {
    }

    static void push(List<MigrationStep> steps, DiffDatabase db) {
        DifferFlavour flavour = db.flavour();
        for (TableDiffer table : db.nonRedefinedTablePairs()) {
            for (ForeignKey fk : table.createdForeignKeys()) {
                steps.add(new MigrationStep.AddForeignKey(fk));
            }
            for (ForeignKey fk : table.droppedForeignKeys()) {
                steps.add(new MigrationStep.DropForeignKey(fk));
            }
            for (Pair<ForeignKey> fks : table.foreignKeyPairs()) {
                pushForeignKeyPairChanges(fks, steps, db);
            }
            for (Pair<Index> indexes : table.indexPairs()) {
                if (flavour.indexShouldBeRenamed(indexes)) {
                    steps.add(flavour.canRenameIndex() ? new MigrationStep.RenameIndex(indexes)
                            : new MigrationStep.RedefineIndex(indexes));
                }
            }
            // Order matters.
            List<TableChange> changes = new ArrayList<>();
            if (droppedPrimaryKey(table, db)) {
                changes.add(new TableChange.DropPrimaryKey());
            }
            if (renamedPrimaryKey(table)) {
                changes.add(new TableChange.RenamePrimaryKey());
            }
            for (Column column : table.droppedColumns()) {
                changes.add(new TableChange.DropColumn(column));
            }
            for (Column column : table.addedColumns()) {
                changes.add(new TableChange.AddColumn(column, db.schemas().next().hasPrismaLevelDefault(column)));
            }
            changes.addAll(alterColumns(table, db));
            if (addedPrimaryKey(table)) {
                changes.add(new TableChange.AddPrimaryKey());
            }
            if (!changes.isEmpty()) {
                steps.add(new MigrationStep.AlterTable(table.tables(), changes));
            }
        }
    }

    private static List<TableChange> alterColumns(TableDiffer table, DiffDatabase db) {
        List<TableChange> changes = new ArrayList<>();
        List<Pair<Column>> pairs = new ArrayList<>(table.columnPairs());
        pairs.sort(Comparator.<Pair<Column>>comparingInt(p -> p.previous().id()).thenComparingInt(p -> p.next().id()));
        for (Pair<Column> columns : pairs) {
            ColumnChanges columnChanges = db.changes(columns);
            if (!columnChanges.differsInSomething()) {
                continue;
            }
            if (columnChanges.typeChange() == TypeChange.NOT_CASTABLE) {
                changes.add(new TableChange.DropAndRecreateColumn(columns, columnChanges));
            } else {
                changes.add(new TableChange.AlterColumn(columns, columnChanges, columnChanges.typeChange()));
            }
        }
        return changes;
    }

    static boolean droppedPrimaryKey(TableDiffer table, DiffDatabase db) {
        return table.droppedPrimaryKey().isPresent() || table.primaryKeyChanged();
    }

    private static boolean addedPrimaryKey(TableDiffer table) {
        return table.createdPrimaryKey().isPresent() || table.primaryKeyChanged();
    }

    private static boolean renamedPrimaryKey(TableDiffer table) {
        Table previous = table.previous();
        Table next = table.next();
        if (previous.primaryKey().isEmpty() || next.primaryKey().isEmpty()) {
            return false;
        }
        return !previous.primaryKey().get().name().equals(next.primaryKey().get().name());
    }

    private static void pushForeignKeyPairChanges(Pair<ForeignKey> fks, List<MigrationStep> steps, DiffDatabase db) {
        DifferFlavour flavour = db.flavour();
        // A redefined referenced table takes its inbound foreign keys with it, unless the database copes.
        if (db.isRedefined(fks.previous().referencedTable()) && !flavour.canRedefineTablesWithInboundForeignKeys()) {
            steps.add(new MigrationStep.DropForeignKey(fks.previous()));
            steps.add(new MigrationStep.AddForeignKey(fks.next()));
            return;
        }
        if (flavour.hasUnnamedForeignKeys()) {
            return;
        }
        if (fks.previous().constraintName() == null || fks.next().constraintName() == null
                || Objects.equals(fks.previous().constraintName(), fks.next().constraintName())) {
            return;
        }
        // Implicit many-to-many tables used to have unnamed foreign keys: renaming them would churn.
        if (isImplicitManyToManyForeignKey(fks.previous()) && isImplicitManyToManyForeignKey(fks.next())) {
            return;
        }
        if (flavour.canRenameForeignKey()) {
            steps.add(new MigrationStep.RenameForeignKey(fks));
        } else {
            steps.add(new MigrationStep.AddForeignKey(fks.next()));
            steps.add(new MigrationStep.DropForeignKey(fks.previous()));
        }
    }

    private static boolean isImplicitManyToManyForeignKey(ForeignKey fk) {
        Table table = fk.table();
        return table.columns().size() == 2 && table.column("A").isPresent() && table.column("B").isPresent();
    }
}
