package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Computes the steps from one SQL schema to another, in Prisma's order. */
public final class SchemaDiffer {
    private final DifferFlavour flavour;

    public SchemaDiffer(DifferFlavour flavour) {
        this.flavour = flavour;
    }

    public Migration diff(SqlSchema previous, SqlSchema next) {
        DiffDatabase db = new DiffDatabase(new Pair<>(previous, next), flavour);
        List<MigrationStep> steps = new ArrayList<>();
        List<String> namespaces = db.createdNamespaces();
        for (String namespace : namespaces) {
            steps.add(new MigrationStep.CreateSchema(namespace, next.namespaces().indexOf(namespace)));
        }
        pushCreatedTables(steps, db);
        pushDroppedTables(steps, db);
        pushDroppedIndexes(steps, db);
        pushCreatedIndexes(steps, db);
        AlteredTables.push(steps, db);
        pushRedefinedTables(steps, db);
        flavour.pushEnumSteps(steps, db);
        steps.sort(MigrationStep::compare);
        StepOrder.dropUniqueIndexesBeforeTheirPrimaryKey(steps);
        return new Migration(previous, next, steps);
    }

    private void pushCreatedTables(List<MigrationStep> steps, DiffDatabase db) {
        for (Table table : db.createdTables()) {
            steps.add(new MigrationStep.CreateTable(table));
            if (flavour.shouldPushForeignKeysFromCreatedTables()) {
                for (ForeignKey fk : table.foreignKeys()) {
                    steps.add(new MigrationStep.AddForeignKey(fk));
                }
            }
            if (flavour.shouldCreateIndexesFromCreatedTables()) {
                for (Index index : table.secondaryIndexes()) {
                    steps.add(new MigrationStep.CreateIndex(null, table, index, false));
                }
            }
        }
    }

    /** Foreign keys of dropped tables are dropped first, so tables can then be dropped in any order. */
    private void pushDroppedTables(List<MigrationStep> steps, DiffDatabase db) {
        for (Table table : db.droppedTables()) {
            steps.add(new MigrationStep.DropTable(table));
            if (flavour.shouldDropForeignKeysFromDroppedTables()) {
                for (ForeignKey fk : table.foreignKeys()) {
                    steps.add(new MigrationStep.DropForeignKey(fk));
                }
            }
        }
    }

    private void pushDroppedIndexes(List<MigrationStep> steps, DiffDatabase db) {
        Set<Index> dropped = new LinkedHashSet<>();
        for (TableDiffer tables : db.nonRedefinedTablePairs()) {
            for (Index index : tables.droppedIndexes()) {
                // MySQL creates an index for a foreign key by itself; it goes with the foreign key.
                if (flavour.shouldSkipForeignKeyIndexes() && coversForeignKey(tables.previous(), index)) {
                    continue;
                }
                dropped.add(index);
            }
        }
        // SQLite recreates indexes when it redefines tables; indexes of dropped tables would clash.
        if (!db.tablesToRedefine().isEmpty() && flavour.shouldDropIndexesFromDroppedTables()) {
            for (Table table : db.droppedTables()) {
                dropped.addAll(table.secondaryIndexes());
            }
        }
        for (Index index : dropped) {
            steps.add(new MigrationStep.DropIndex(index));
        }
    }

    static boolean coversForeignKey(Table table, Index index) {
        if (index.kind() == io.prisma4j.migrate.schema.IndexKind.FULLTEXT) {
            return false;
        }
        List<String> indexColumns = index.columnNames();
        for (ForeignKey fk : table.foreignKeys()) {
            List<String> fkColumns = fk.columns().stream().map(Column::name).toList();
            if (fkColumns.size() <= indexColumns.size() && indexColumns.subList(0, fkColumns.size()).equals(fkColumns)) {
                return true;
            }
        }
        return false;
    }

    private void pushCreatedIndexes(List<MigrationStep> steps, DiffDatabase db) {
        for (TableDiffer tables : db.nonRedefinedTablePairs()) {
            for (Index index : tables.createdIndexes()) {
                steps.add(new MigrationStep.CreateIndex(tables.previous(), tables.next(), index, false));
            }
            if (flavour.indexesShouldBeRecreatedAfterColumnDrop()) {
                Set<Column> recreated = new LinkedHashSet<>();
                for (Pair<Column> columns : tables.columnPairs()) {
                    if (db.changes(columns).typeChange() == TypeChange.NOT_CASTABLE) {
                        recreated.add(columns.next());
                    }
                }
                for (Pair<Index> index : tables.indexPairs()) {
                    if (index.next().columns().stream().anyMatch(c -> recreated.contains(c.column()))) {
                        steps.add(new MigrationStep.CreateIndex(tables.previous(), tables.next(), index.next(), true));
                    }
                }
            }
        }
    }

    private void pushRedefinedTables(List<MigrationStep> steps, DiffDatabase db) {
        if (db.tablesToRedefine().isEmpty()) {
            return;
        }
        List<RedefineTable> redefined = new ArrayList<>();
        for (TableDiffer tables : db.tablePairs()) {
            if (!db.tablesToRedefine().contains(tables.tables())) {
                continue;
            }
            List<RedefineTable.ColumnPair> pairs = new ArrayList<>();
            for (Pair<Column> columns : tables.columnPairs()) {
                ColumnChanges changes = db.changes(columns);
                pairs.add(new RedefineTable.ColumnPair(columns, changes, changes.typeChange()));
            }
            List<Column> added = tables.addedColumns();
            redefined.add(new RedefineTable(tables.tables(), AlteredTables.droppedPrimaryKey(tables, db),
                    added, added.stream().filter(c -> db.schemas().next().hasPrismaLevelDefault(c)).toList(),
                    tables.droppedColumns(), pairs));
        }
        steps.add(new MigrationStep.RedefineTables(redefined));
    }

    /** Whether two foreign keys' constraint names differ (both named). */
    static boolean renamed(Pair<ForeignKey> fks) {
        return fks.previous().constraintName() != null && fks.next().constraintName() != null
                && !Objects.equals(fks.previous().constraintName(), fks.next().constraintName());
    }
}
