package io.prisma4j.migrate.check;

import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.RedefineTable;
import io.prisma4j.migrate.diff.TableChange;
import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.Table;

import java.util.List;

/** Plans the checks of a migration: which steps may lose data and which cannot run on existing rows. */
public final class DestructiveChangeChecker {
    private final CheckerFlavour flavour;

    public DestructiveChangeChecker(CheckerFlavour flavour) {
        this.flavour = flavour;
    }

    public CheckPlan plan(Migration migration) {
        CheckPlan plan = new CheckPlan();
        List<MigrationStep> steps = migration.steps();
        for (int index = 0; index < steps.size(); index++) {
            MigrationStep step = steps.get(index);
            if (step instanceof MigrationStep.AlterTable alter) {
                planAlterTable(alter, plan, index);
            } else if (step instanceof MigrationStep.RedefineTables redefine) {
                for (RedefineTable table : redefine.tables()) {
                    planRedefine(table, migration, plan, index);
                }
            } else if (step instanceof MigrationStep.DropTable drop) {
                plan.warn(new Warnings.NonEmptyTableDrop(table(drop.table())), index);
            } else if (step instanceof MigrationStep.CreateIndex create && create.previousTable() != null
                    && !create.fromDropAndRecreate() && create.index().isUnique()) {
                Index created = create.index();
                plan.warn(new Warnings.UniqueConstraintAddition(created.table().name(),
                        created.columns().stream().map(IndexColumn::column).map(Column::name).toList()), index);
            } else if (step instanceof MigrationStep.AlterEnumStep alterEnum && !alterEnum.alter().droppedValues().isEmpty()) {
                plan.warn(new Warnings.EnumValueRemoval(alterEnum.alter().enums().next().name(),
                        alterEnum.alter().droppedValues()), index);
            }
        }
        return plan;
    }

    private void planAlterTable(MigrationStep.AlterTable alter, CheckPlan plan, int index) {
        for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.DropColumn drop) {
                plan.warn(new Warnings.NonEmptyColumnDrop(CheckerFlavour.column(drop.column())), index);
            } else if (change instanceof TableChange.AlterColumn alterColumn) {
                flavour.checkAlterColumn(alterColumn, plan, index);
            } else if (change instanceof TableChange.AddColumn add) {
                checkAddColumn(add.column(), add.virtualDefault(), plan, index);
            } else if (change instanceof TableChange.DropPrimaryKey) {
                plan.warn(new Warnings.PrimaryKeyChange(table(alter.tables().previous())), index);
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                flavour.checkDropAndRecreateColumn(recreate.columns(), recreate.changes(), plan, index);
            }
        }
    }

    private void planRedefine(RedefineTable table, Migration migration, CheckPlan plan, int index) {
        if (table.droppedPrimaryKey()) {
            plan.warn(new Warnings.PrimaryKeyChange(table(table.tables().previous())), index);
        }
        for (Column added : table.addedColumns()) {
            checkAddColumn(added, table.virtualDefaults().contains(added), plan, index);
        }
        for (Column dropped : table.droppedColumns()) {
            plan.warn(new Warnings.NonEmptyColumnDrop(CheckerFlavour.column(dropped)), index);
        }
        for (RedefineTable.ColumnPair pair : table.columnPairs()) {
            ColumnArity previous = pair.columns().previous().arity();
            ColumnArity next = pair.columns().next().arity();
            boolean becameRequired = previous == ColumnArity.NULLABLE && next == ColumnArity.REQUIRED;
            if (!pair.changes().type() && !becameRequired) {
                continue;
            }
            if (pair.changes().arity() && next.isRequired() && pair.columns().next().defaultValue() == null) {
                plan.unexecutable(new Unexecutables.MadeOptionalFieldRequired(
                        CheckerFlavour.column(pair.columns().previous())), index);
            }
            if (pair.typeChange() == TypeChange.RISKY_CAST || pair.typeChange() == TypeChange.NOT_CASTABLE) {
                Column before = pair.columns().previous();
                Column after = pair.columns().next();
                ColumnRef ref = CheckerFlavour.column(before);
                String from = before.family().displayName();
                String to = after.family().displayName();
                plan.warn(pair.typeChange() == TypeChange.RISKY_CAST ? new Warnings.RiskyCast(ref, from, to)
                        : new Warnings.NotCastable(ref, from, to), index);
            }
        }
    }

    /** A required column without a default cannot be added to a table that has rows. */
    private static void checkAddColumn(Column column, boolean virtualDefault, CheckPlan plan, int index) {
        if (!column.arity().isRequired() || column.defaultValue() != null) {
            return;
        }
        ColumnRef ref = CheckerFlavour.column(column);
        plan.unexecutable(virtualDefault ? new Unexecutables.AddedRequiredFieldWithPrismaLevelDefault(ref)
                : new Unexecutables.AddedRequiredField(ref), index);
    }

    private static TableRef table(Table table) {
        return new TableRef(table.namespace(), table.name());
    }
}
