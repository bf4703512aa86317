package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.check.CheckPlan;
import io.prisma4j.migrate.check.CheckerFlavour;
import io.prisma4j.migrate.diff.TableChange;

/**
 * MySQL's judgement of altered columns: a default change is harmless, a column made required is checked
 * for NULLs, removed enum values warn; otherwise casts warn as everywhere.
 */
final class MySqlChecker implements CheckerFlavour {

    @Override
    public void checkAlterColumn(TableChange.AlterColumn alter, CheckPlan plan, int stepIndex) {
        if (alter.changes().onlyDefaultChanged()) {
            return;
        }
        if (alter.changes().arity() && alter.columns().next().arity().isRequired()) {
            plan.madeOptionalFieldRequired(CheckerFlavour.column(alter.columns().previous()), stepIndex);
            return;
        }
        var previousEnum = alter.columns().previous().type().enumType();
        var nextEnum = alter.columns().next().type().enumType();
        if (alter.changes().onlyTypeChanged() && previousEnum != null && nextEnum != null) {
            var removed = previousEnum.values().stream().filter(v -> !nextEnum.values().contains(v)).toList();
            if (!removed.isEmpty()) {
                plan.enumValueRemoval(nextEnum.name(), removed, stepIndex);
            }
            return;
        }
        CheckerFlavour.castWarning(alter.typeChange(), alter.columns(), plan, stepIndex);
    }
}
