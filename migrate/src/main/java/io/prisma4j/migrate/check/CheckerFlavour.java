package io.prisma4j.migrate.check;

import io.prisma4j.migrate.diff.ColumnChanges;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.TableChange;
import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.Column;

/**
 * How a database judges altered and recreated columns. The defaults are PostgreSQL's; MySQL overrides
 * them, SQLite never alters columns (it redefines tables).
 */
public interface CheckerFlavour {

    default void checkAlterColumn(TableChange.AlterColumn alter, CheckPlan plan, int stepIndex) {
        Pair<Column> columns = alter.columns();
        ColumnChanges changes = alter.changes();
        if (changes.arity() && columns.previous().arity().isNullable() && columns.next().arity().isRequired()) {
            plan.unexecutable(new Unexecutables.MadeOptionalFieldRequired(column(columns.previous())), stepIndex);
        }
        if (changes.arity() && !columns.previous().arity().isList() && columns.next().arity().isList()) {
            plan.unexecutable(new Unexecutables.MadeScalarFieldIntoArrayField(column(columns.previous())), stepIndex);
        }
        castWarning(alter.typeChange(), columns, plan, stepIndex);
    }

    default void checkDropAndRecreateColumn(Pair<Column> columns, ColumnChanges changes, CheckPlan plan,
                                            int stepIndex) {
        Column previous = columns.previous();
        Column next = columns.next();
        if (changes.arity() && previous.arity().isNullable() && next.arity().isRequired() && next.defaultValue() == null) {
            plan.unexecutable(new Unexecutables.AddedRequiredField(column(previous)), stepIndex);
        } else if (next.arity().isRequired() && next.defaultValue() == null) {
            plan.unexecutable(new Unexecutables.DropAndRecreateRequiredColumn(column(previous)), stepIndex);
        } else {
            plan.warn(new Warnings.DropAndRecreateColumn(column(previous)), stepIndex);
        }
    }

    static void castWarning(TypeChange typeChange, Pair<Column> columns, CheckPlan plan, int stepIndex) {
        if (typeChange == TypeChange.RISKY_CAST) {
            plan.warn(new Warnings.RiskyCast(column(columns.previous()), columns.previous().type().display(),
                    columns.next().type().display()), stepIndex);
        } else if (typeChange == TypeChange.NOT_CASTABLE) {
            plan.warn(new Warnings.NotCastable(column(columns.previous()), columns.previous().type().display(),
                    columns.next().type().display()), stepIndex);
        }
    }

    static ColumnRef column(Column column) {
        return new ColumnRef(column.table().namespace(), column.table().name(), column.name());
    }
}
