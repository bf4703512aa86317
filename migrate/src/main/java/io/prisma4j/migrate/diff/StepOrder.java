package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.Table;

import java.util.List;

/**
 * The one ordering rule sorting by kind cannot express: a unique index dropped from a table without a
 * primary key, whose columns become that table's primary key, is dropped after the primary key is added.
 */
final class StepOrder {
    private StepOrder() {
    }

    static void dropUniqueIndexesBeforeTheirPrimaryKey(List<MigrationStep> steps) {
        int i = 0;
        while (i < steps.size()) {
            if (steps.get(i) instanceof MigrationStep.DropIndex drop && drop.index().isUnique()
                    && drop.index().table().primaryKey().isEmpty()) {
                int target = matchingPrimaryKeyStep(steps, i + 1, drop.index());
                if (target >= 0) {
                    MigrationStep moved = steps.remove(i);
                    steps.add(target, moved);
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean keeps(TableChange change, Index index) {
        if (change instanceof TableChange.DropColumn d) {
            return !index.contains(d.column());
        }
        if (change instanceof TableChange.DropAndRecreateColumn d) {
            return !index.contains(d.columns().previous());
        }
        return true;
    }

    private static int matchingPrimaryKeyStep(List<MigrationStep> steps, int from, Index index) {
        for (int j = from; j < steps.size(); j++) {
            if (!(steps.get(j) instanceof MigrationStep.AlterTable alter)
                    || alter.tables().previous() != index.table()
                    || alter.changes().stream().noneMatch(c -> c instanceof TableChange.AddPrimaryKey)) {
                continue;
            }
            boolean keepsColumns = alter.changes().stream().allMatch(c -> keeps(c, index));
            Table next = alter.tables().next();
            if (keepsColumns && next.primaryKey().isPresent()
                    && next.primaryKey().get().columnNames().equals(index.columnNames())) {
                return j;
            }
        }
        return -1;
    }
}
