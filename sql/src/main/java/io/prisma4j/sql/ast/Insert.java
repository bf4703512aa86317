package io.prisma4j.sql.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code INSERT INTO table (columns) VALUES (...), (...) [ON CONFLICT ...] [RETURNING ...]}. With no
 * columns a single row of defaults is inserted.
 */
public final class Insert implements Statement {

    /** What to do when a row conflicts with a unique constraint. */
    public sealed interface OnConflict permits DoNothing, DoUpdate {
    }

    /** Skip conflicting rows ({@code ON CONFLICT DO NOTHING}, MySQL {@code INSERT IGNORE}). */
    public record DoNothing() implements OnConflict {
    }

    /** Update the existing row ({@code ON CONFLICT (target) DO UPDATE SET ...}). */
    public record DoUpdate(List<String> target, List<Assignment> assignments) implements OnConflict {
        public DoUpdate {
            target = List.copyOf(target);
            assignments = List.copyOf(assignments);
        }
    }

    private final TableRef.Table table;
    private final List<String> columns;
    private final List<List<Expr>> rows = new ArrayList<>();
    private OnConflict onConflict;
    private final List<SelectItem> returning = new ArrayList<>();

    public Insert(TableRef.Table table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    public Insert row(List<Expr> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + values.size() + " values for " + columns.size() + " columns");
        }
        rows.add(List.copyOf(values));
        return this;
    }

    public Insert onConflict(OnConflict onConflict) {
        this.onConflict = onConflict;
        return this;
    }

    public Insert returning(Expr expr, String alias) {
        returning.add(new SelectItem(expr, alias));
        return this;
    }

    public TableRef.Table table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Expr>> rows() {
        return rows;
    }

    public OnConflict onConflict() {
        return onConflict;
    }

    public List<SelectItem> returning() {
        return returning;
    }
}
