package io.prisma4j.sql.ast;

import java.util.ArrayList;
import java.util.List;

/** {@code DELETE FROM table WHERE ... [RETURNING ...]}. */
public final class Delete implements Statement {
    private final TableRef.Table table;
    private Expr where;
    private final List<SelectItem> returning = new ArrayList<>();

    public Delete(TableRef.Table table) {
        this.table = table;
    }

    public Delete where(Expr condition) {
        where = where == null ? condition : new Expr.Logical(true, List.of(where, condition));
        return this;
    }

    public Delete returning(Expr expr, String alias) {
        returning.add(new SelectItem(expr, alias));
        return this;
    }

    public TableRef.Table table() {
        return table;
    }

    public Expr where() {
        return where;
    }

    public List<SelectItem> returning() {
        return returning;
    }
}
