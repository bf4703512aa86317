package io.prisma4j.sql.ast;

import java.util.ArrayList;
import java.util.List;

/** {@code UPDATE table SET ... WHERE ... [RETURNING ...]}. */
public final class Update implements Statement {
    private final TableRef.Table table;
    private final List<Assignment> assignments = new ArrayList<>();
    private Expr where;
    private final List<SelectItem> returning = new ArrayList<>();

    public Update(TableRef.Table table) {
        this.table = table;
    }

    public Update set(String column, Expr value) {
        assignments.add(new Assignment(column, value));
        return this;
    }

    public Update where(Expr condition) {
        where = where == null ? condition : new Expr.Logical(true, List.of(where, condition));
        return this;
    }

    public Update returning(Expr expr, String alias) {
        returning.add(new SelectItem(expr, alias));
        return this;
    }

    public TableRef.Table table() {
        return table;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public Expr where() {
        return where;
    }

    public List<SelectItem> returning() {
        return returning;
    }
}
