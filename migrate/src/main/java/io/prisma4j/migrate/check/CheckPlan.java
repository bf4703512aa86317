package io.prisma4j.migrate.check;

import java.util.ArrayList;
import java.util.List;

/** The checks of one migration, each with the index of its step; evaluated with or without a database. */
public final class CheckPlan {
    private record Planned(Check check, int stepIndex) {
    }

    private final List<Planned> warnings = new ArrayList<>();
    private final List<Planned> unexecutable = new ArrayList<>();

    void warn(Check check, int stepIndex) {
        warnings.add(new Planned(check, stepIndex));
    }

    void unexecutable(Check check, int stepIndex) {
        unexecutable.add(new Planned(check, stepIndex));
    }

    /** A nullable column made required: fails on existing NULLs. */
    public void madeOptionalFieldRequired(ColumnRef column, int stepIndex) {
        unexecutable(new Unexecutables.MadeOptionalFieldRequired(column), stepIndex);
    }

    /** Enum values removed: fails if rows still hold them. */
    public void enumValueRemoval(String enumName, List<String> values, int stepIndex) {
        warn(new Warnings.EnumValueRemoval(enumName, values), stepIndex);
    }

    /** The messages Prisma writes in a {@code migration.sql} header: what could go wrong, not knowing the data. */
    public Diagnostics pureCheck() {
        return evaluate(new Counts());
    }

    /** The messages for the database {@code counter} reads: harmless steps (empty tables) say nothing. */
    public Diagnostics check(RowCounter counter) throws Exception {
        Counts counts = new Counts();
        List<Planned> all = new ArrayList<>(unexecutable);
        all.addAll(warnings);
        for (Planned planned : all) {
            TableRef table = planned.check().neededRowCount();
            if (table != null && counts.rows(table) == null) {
                counts.putRows(table, counter.rows(table));
            }
            ColumnRef column = planned.check().neededValueCount();
            if (column != null && counts.values(column) == null) {
                counts.putValues(column, counter.nonNullValues(column));
            }
        }
        return evaluate(counts);
    }

    private Diagnostics evaluate(Counts counts) {
        List<Diagnostics.Item> warningItems = new ArrayList<>();
        List<Diagnostics.Item> unexecutableItems = new ArrayList<>();
        for (Planned planned : unexecutable) {
            String message = planned.check().evaluate(counts);
            if (message != null) {
                unexecutableItems.add(new Diagnostics.Item(message, planned.stepIndex()));
            }
        }
        for (Planned planned : warnings) {
            String message = planned.check().evaluate(counts);
            if (message != null) {
                warningItems.add(new Diagnostics.Item(message, planned.stepIndex()));
            }
        }
        return new Diagnostics(warningItems, unexecutableItems);
    }
}
