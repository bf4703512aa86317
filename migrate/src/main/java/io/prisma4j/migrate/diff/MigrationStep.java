package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.Table;

import java.util.List;

/**
 * One step of a migration. Steps are sorted first by kind (the order of the permitted records below,
 * which is Prisma's: schemas, enums, dropped foreign keys and indexes, altered tables, dropped tables,
 * created tables, redefined tables, created indexes, foreign keys), then by the ids of what they touch.
 */
public sealed interface MigrationStep {

    /** Position of this kind of step in a migration. */
    int rank();

    /** Ids that order steps of the same kind. */
    List<Integer> sortKey();

    /** The comment Prisma writes above the step's SQL ({@code CreateTable}). */
    String description();

    record CreateSchema(String namespace, int position) implements MigrationStep {
        public int rank() { return 0; }
        public List<Integer> sortKey() { return List.of(position); }
        public String description() { return "CreateSchema"; }
    }

    record CreateEnum(SqlEnum enumType) implements MigrationStep {
        public int rank() { return 1; }
        public List<Integer> sortKey() { return List.of(enumType.id()); }
        public String description() { return "CreateEnum"; }
    }

    record AlterEnumStep(AlterEnum alter) implements MigrationStep {
        public int rank() { return 2; }
        public List<Integer> sortKey() { return List.of(alter.enums().previous().id(), alter.enums().next().id()); }
        public String description() { return "AlterEnum"; }
    }

    record DropForeignKey(ForeignKey foreignKey) implements MigrationStep {
        public int rank() { return 3; }
        public List<Integer> sortKey() { return List.of(foreignKey.id()); }
        public String description() { return "DropForeignKey"; }
    }

    record DropIndex(Index index) implements MigrationStep {
        public int rank() { return 4; }
        public List<Integer> sortKey() { return List.of(index.id()); }
        public String description() { return "DropIndex"; }
    }

    record AlterTable(Pair<Table> tables, List<TableChange> changes) implements MigrationStep {
        public int rank() { return 5; }
        public List<Integer> sortKey() { return List.of(tables.previous().id(), tables.next().id()); }
        public String description() { return "AlterTable"; }
    }

    record DropTable(Table table) implements MigrationStep {
        public int rank() { return 6; }
        public List<Integer> sortKey() { return List.of(table.id()); }
        public String description() { return "DropTable"; }
    }

    record DropEnum(SqlEnum enumType) implements MigrationStep {
        public int rank() { return 7; }
        public List<Integer> sortKey() { return List.of(enumType.id()); }
        public String description() { return "DropEnum"; }
    }

    record CreateTable(Table table) implements MigrationStep {
        public int rank() { return 8; }
        public List<Integer> sortKey() { return List.of(table.id()); }
        public String description() { return "CreateTable"; }
    }

    record RedefineTables(List<RedefineTable> tables) implements MigrationStep {
        public int rank() { return 9; }
        public List<Integer> sortKey() { return List.of(); }
        public String description() { return "RedefineTables"; }
    }

    /** {@code previousTable} is {@code null} when the index belongs to a created table. */
    record CreateIndex(Table previousTable, Table table, Index index, boolean fromDropAndRecreate)
            implements MigrationStep {
        public int rank() { return 10; }
        public List<Integer> sortKey() {
            return List.of(previousTable == null ? -1 : previousTable.id(), table.id(), index.id(),
                    fromDropAndRecreate ? 1 : 0);
        }
        public String description() { return "CreateIndex"; }
    }

    record RenameForeignKey(Pair<ForeignKey> foreignKeys) implements MigrationStep {
        public int rank() { return 11; }
        public List<Integer> sortKey() {
            return List.of(foreignKeys.previous().id(), foreignKeys.next().id());
        }
        public String description() { return "RenameForeignKey"; }
    }

    record AddForeignKey(ForeignKey foreignKey) implements MigrationStep {
        public int rank() { return 12; }
        public List<Integer> sortKey() { return List.of(foreignKey.id()); }
        public String description() { return "AddForeignKey"; }
    }

    record RenameIndex(Pair<Index> indexes) implements MigrationStep {
        public int rank() { return 13; }
        public List<Integer> sortKey() { return List.of(indexes.previous().id(), indexes.next().id()); }
        public String description() { return "RenameIndex"; }
    }

    record RedefineIndex(Pair<Index> indexes) implements MigrationStep {
        public int rank() { return 14; }
        public List<Integer> sortKey() { return List.of(indexes.previous().id(), indexes.next().id()); }
        public String description() { return "RedefineIndex"; }
    }

    /** Orders steps by kind, then by their ids. */
    static int compare(MigrationStep a, MigrationStep b) {
        int byRank = Integer.compare(a.rank(), b.rank());
        if (byRank != 0) {
            return byRank;
        }
        List<Integer> x = a.sortKey();
        List<Integer> y = b.sortKey();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
