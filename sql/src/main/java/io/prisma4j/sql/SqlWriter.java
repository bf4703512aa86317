package io.prisma4j.sql;

import io.prisma4j.sql.ast.Assignment;
import io.prisma4j.sql.ast.Delete;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Insert;
import io.prisma4j.sql.ast.Join;
import io.prisma4j.sql.ast.OrderItem;
import io.prisma4j.sql.ast.Select;
import io.prisma4j.sql.ast.SelectItem;
import io.prisma4j.sql.ast.Statement;
import io.prisma4j.sql.ast.TableRef;
import io.prisma4j.sql.ast.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a syntax tree into SQL text and parameters. This base class writes standard SQL with
 * double-quoted identifiers and {@code ?} placeholders; each dialect overrides only what differs.
 */
public abstract class SqlWriter {
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", "<=", ">", ">=");

    /** The dialect this writer renders. */
    public abstract Dialect dialect();

    /** Renders a statement. */
    public final SqlStatement render(Statement statement) {
        Out out = new Out();
        if (statement instanceof Select select) {
            select(select, out);
        } else if (statement instanceof Insert insert) {
            insert(insert, out);
        } else if (statement instanceof Update update) {
            update(update, out);
        } else {
            delete((Delete) statement, out);
        }
        return new SqlStatement(out.sql.toString(), out.parameters);
    }

    /** Renders a lone expression (tests and diagnostics). */
    public final SqlStatement render(Expr expr) {
        Out out = new Out();
        expr(expr, out);
        return new SqlStatement(out.sql.toString(), out.parameters);
    }

    /** Whether {@code RETURNING} is available on INSERT, UPDATE and DELETE. */
    public boolean supportsReturning() {
        return true;
    }

    /** Whether INSERT and DELETE take {@code RETURNING} (MariaDB's do, its UPDATE does not). */
    public boolean supportsInsertDeleteReturning() {
        return supportsReturning();
    }

    /** The most bind parameters one statement may carry. */
    public int maxBindParameters() {
        return 32_766;
    }

    // ---- hooks a dialect may override ----

    /** Writes a quoted identifier. */
    protected void identifier(String name, StringBuilder sql) {
        sql.append('"').append(name.replace("\"", "\"\"")).append('"');
    }

    /** Writes the placeholder of the {@code index}-th parameter (1-based). */
    protected void placeholder(int index, StringBuilder sql) {
        sql.append('?');
    }

    /** Writes {@code LIMIT}/{@code OFFSET}; either may be {@code null}. */
    protected void limitOffset(Expr limit, Expr offset, Out out) {
        if (limit != null) {
            out.sql.append(" LIMIT ");
            expr(limit, out);
        }
        if (offset != null) {
            out.sql.append(" OFFSET ");
            expr(offset, out);
        }
    }

    /** Writes one ORDER BY term, honouring an explicit NULLS placement. */
    protected void orderItem(OrderItem item, Out out) {
        expr(item.expr(), out);
        out.sql.append(item.descending() ? " DESC" : " ASC");
        if (item.nulls() != OrderItem.Nulls.DEFAULT) {
            out.sql.append(item.nulls() == OrderItem.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /** Writes a LIKE match; backslash escapes {@code %} and {@code _} in the pattern. */
    protected void like(Expr.Like like, Out out) {
        if (like.insensitive()) {
            out.sql.append("LOWER(");
            expr(like.operand(), out);
            out.sql.append(like.negated() ? ") NOT LIKE LOWER(" : ") LIKE LOWER(");
            expr(like.pattern(), out);
            out.sql.append(')');
        } else {
            expr(like.operand(), out);
            out.sql.append(like.negated() ? " NOT LIKE " : " LIKE ");
            expr(like.pattern(), out);
        }
    }

    /** Writes a JSON array constructor. */
    protected abstract void jsonArray(Expr.JsonArray array, Out out);

    /** Writes a JSON array aggregate that yields an empty array over no rows. */
    protected abstract void jsonArrayAgg(Expr.JsonArrayAgg agg, Out out);

    /** Writes a string aggregate, {@code string_agg} (PostgreSQL, SQLite 3.44+); only MySQL/MariaDB limit inside it. */
    protected void stringAgg(Expr.StringAgg agg, Out out) {
        if (agg.limit() != null || agg.offset() != null) {
            throw new UnsupportedOperationException(dialect() + " aggregates take no LIMIT; limit a derived table instead");
        }
        out.sql.append("string_agg(");
        expr(agg.value(), out);
        out.sql.append(", ");
        stringLiteral(agg.separator(), out.sql);
        aggregateOrder(agg.orderBy(), out);
        out.sql.append(')');
    }

    /** Writes the {@code INSERT} keyword and any modifier (MySQL {@code INSERT IGNORE}). */
    protected void insertKeyword(Insert insert, Out out) {
        out.sql.append("INSERT INTO ");
    }

    /** Writes the conflict clause after the VALUES. */
    protected void onConflict(Insert insert, Out out) {
        if (insert.onConflict() instanceof Insert.DoNothing) {
            out.sql.append(" ON CONFLICT DO NOTHING");
        } else if (insert.onConflict() instanceof Insert.DoUpdate update) {
            out.sql.append(" ON CONFLICT (");
            identifiers(update.target(), out);
            out.sql.append(") DO UPDATE SET ");
            assignments(update.assignments(), out);
        }
    }

    /** Writes an INSERT of one row of defaults. */
    protected void defaultValues(Out out) {
        out.sql.append(" DEFAULT VALUES");
    }

    // ---- statements ----

    protected void select(Select select, Out out) {
        StringBuilder sql = out.sql;
        sql.append("SELECT ");
        if (!select.distinctOn().isEmpty()) {
            sql.append("DISTINCT ON (");
            list(select.distinctOn(), out);
            sql.append(") ");
        } else if (select.isDistinct()) {
            sql.append("DISTINCT ");
        }
        if (select.items().isEmpty()) {
            sql.append('1');
        } else {
            selectItems(select.items(), out);
        }
        if (select.from() != null) {
            sql.append(" FROM ");
            tableRef(select.from(), out);
        }
        for (Join join : select.joins()) {
            sql.append(join.kind() == Join.Kind.LEFT ? " LEFT JOIN " : " INNER JOIN ");
            if (join.lateral()) {
                sql.append("LATERAL ");
            }
            tableRef(join.table(), out);
            sql.append(" ON ");
            expr(join.on(), out);
        }
        if (select.where() != null) {
            sql.append(" WHERE ");
            expr(select.where(), out);
        }
        if (!select.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            list(select.groupBy(), out);
        }
        if (select.having() != null) {
            sql.append(" HAVING ");
            expr(select.having(), out);
        }
        if (!select.orderBy().isEmpty()) {
            sql.append(" ORDER BY ");
            orderItems(select.orderBy(), out);
        }
        if (select.limit() != null || select.offset() != null) {
            limitOffset(select.limit(), select.offset(), out);
        }
        if (select.isForUpdate()) {
            sql.append(" FOR UPDATE");
        }
    }

    protected void insert(Insert insert, Out out) {
        insertKeyword(insert, out);
        table(insert.table(), out);
        if (insert.columns().isEmpty()) {
            defaultValues(out);
        } else {
            out.sql.append(" (");
            identifiers(insert.columns(), out);
            out.sql.append(") VALUES ");
            for (int r = 0; r < insert.rows().size(); r++) {
                if (r > 0) {
                    out.sql.append(", ");
                }
                out.sql.append('(');
                list(insert.rows().get(r), out);
                out.sql.append(')');
            }
        }
        onConflict(insert, out);
        returning(insert.returning(), supportsInsertDeleteReturning(), out);
    }

    protected void update(Update update, Out out) {
        out.sql.append("UPDATE ");
        table(update.table(), out);
        out.sql.append(" SET ");
        assignments(update.assignments(), out);
        if (update.where() != null) {
            out.sql.append(" WHERE ");
            expr(update.where(), out);
        }
        returning(update.returning(), supportsReturning(), out);
    }

    protected void delete(Delete delete, Out out) {
        out.sql.append("DELETE FROM ");
        table(delete.table(), out);
        if (delete.where() != null) {
            out.sql.append(" WHERE ");
            expr(delete.where(), out);
        }
        returning(delete.returning(), supportsInsertDeleteReturning(), out);
    }

    protected void orderItems(List<OrderItem> items, Out out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.sql.append(", ");
            }
            orderItem(items.get(i), out);
        }
    }

    /** Writes {@code ORDER BY ...} inside an aggregate call when there is an order. */
    protected void aggregateOrder(List<OrderItem> items, Out out) {
        if (!items.isEmpty()) {
            out.sql.append(" ORDER BY ");
            orderItems(items, out);
        }
    }

    protected void returning(List<SelectItem> items, boolean supported, Out out) {
        if (items.isEmpty()) {
            return;
        }
        if (!supported) {
            throw new UnsupportedOperationException(dialect() + " has no RETURNING clause here");
        }
        out.sql.append(" RETURNING ");
        selectItems(items, out);
    }

    // ---- pieces ----

    protected void selectItems(List<SelectItem> items, Out out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.sql.append(", ");
            }
            SelectItem item = items.get(i);
            expr(item.expr(), out);
            if (item.alias() != null) {
                out.sql.append(" AS ");
                identifier(item.alias(), out.sql);
            }
        }
    }

    protected void assignments(List<Assignment> assignments, Out out) {
        for (int i = 0; i < assignments.size(); i++) {
            if (i > 0) {
                out.sql.append(", ");
            }
            identifier(assignments.get(i).column(), out.sql);
            out.sql.append(" = ");
            expr(assignments.get(i).value(), out);
        }
    }

    protected void identifiers(List<String> names, Out out) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.sql.append(", ");
            }
            identifier(names.get(i), out.sql);
        }
    }

    protected void table(TableRef.Table table, Out out) {
        if (table.schema() != null) {
            identifier(table.schema(), out.sql);
            out.sql.append('.');
        }
        identifier(table.name(), out.sql);
    }

    protected void tableRef(TableRef ref, Out out) {
        if (ref instanceof TableRef.Table table) {
            table(table, out);
        } else {
            out.sql.append('(');
            select(((TableRef.Derived) ref).select(), out);
            out.sql.append(')');
        }
        if (ref.alias() != null) {
            out.sql.append(" AS ");
            identifier(ref.alias(), out.sql);
        }
    }

    protected void list(List<Expr> exprs, Out out) {
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                out.sql.append(", ");
            }
            expr(exprs.get(i), out);
        }
    }

    protected void expr(Expr expr, Out out) {
        StringBuilder sql = out.sql;
        if (expr instanceof Expr.Column column) {
            if (column.qualifier() != null) {
                identifier(column.qualifier(), sql);
                sql.append('.');
            }
            identifier(column.name(), sql);
        } else if (expr instanceof Expr.Param param) {
            out.parameters.add(param.value());
            placeholder(out.parameters.size(), sql);
        } else if (expr instanceof Expr.Literal literal) {
            sql.append(literal.sql());
        } else if (expr instanceof Expr.Binary binary) {
            boolean comparison = COMPARISONS.contains(binary.operator());
            if (!comparison) {
                sql.append('(');
            }
            expr(binary.left(), out);
            sql.append(' ').append(binary.operator()).append(' ');
            expr(binary.right(), out);
            if (!comparison) {
                sql.append(')');
            }
        } else if (expr instanceof Expr.Logical logical) {
            logical(logical, out);
        } else if (expr instanceof Expr.Not not) {
            sql.append("NOT (");
            expr(not.operand(), out);
            sql.append(')');
        } else if (expr instanceof Expr.IsNull isNull) {
            expr(isNull.operand(), out);
            sql.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (expr instanceof Expr.In in) {
            if (in.values().isEmpty()) {
                sql.append(in.negated() ? "1=1" : "1=0");
            } else {
                expr(in.operand(), out);
                sql.append(in.negated() ? " NOT IN (" : " IN (");
                list(in.values(), out);
                sql.append(')');
            }
        } else if (expr instanceof Expr.InSelect in) {
            expr(in.operand(), out);
            sql.append(in.negated() ? " NOT IN (" : " IN (");
            select(in.select(), out);
            sql.append(')');
        } else if (expr instanceof Expr.Exists exists) {
            sql.append(exists.negated() ? "NOT EXISTS (" : "EXISTS (");
            select(exists.select(), out);
            sql.append(')');
        } else if (expr instanceof Expr.Func func) {
            sql.append(func.name()).append('(');
            if (func.distinct()) {
                sql.append("DISTINCT ");
            }
            list(func.arguments(), out);
            sql.append(')');
        } else if (expr instanceof Expr.Cast cast) {
            sql.append("CAST(");
            expr(cast.operand(), out);
            sql.append(" AS ");
            if (cast.quoted()) {
                identifier(cast.type(), sql);
            } else {
                sql.append(cast.type());
            }
            sql.append(')');
        } else if (expr instanceof Expr.Subquery subquery) {
            sql.append('(');
            select(subquery.select(), out);
            sql.append(')');
        } else if (expr instanceof Expr.Case caseExpr) {
            sql.append("CASE");
            for (Expr.Case.When when : caseExpr.whens()) {
                sql.append(" WHEN ");
                expr(when.condition(), out);
                sql.append(" THEN ");
                expr(when.result(), out);
            }
            if (caseExpr.otherwise() != null) {
                sql.append(" ELSE ");
                expr(caseExpr.otherwise(), out);
            }
            sql.append(" END");
        } else if (expr instanceof Expr.Tuple tuple) {
            sql.append('(');
            list(tuple.items(), out);
            sql.append(')');
        } else if (expr instanceof Expr.Like like) {
            like(like, out);
        } else if (expr instanceof Expr.Fragment fragment) {
            for (Object part : fragment.parts()) {
                if (part instanceof String text) {
                    sql.append(text);
                } else {
                    expr((Expr) part, out);
                }
            }
        } else if (expr instanceof Expr.JsonArray array) {
            jsonArray(array, out);
        } else if (expr instanceof Expr.JsonArrayAgg agg) {
            jsonArrayAgg(agg, out);
        } else if (expr instanceof Expr.StringAgg agg) {
            stringAgg(agg, out);
        } else if (expr instanceof Expr.RowNumber rowNumber) {
            sql.append("ROW_NUMBER() OVER (");
            if (!rowNumber.orderBy().isEmpty()) {
                sql.append("ORDER BY ");
                orderItems(rowNumber.orderBy(), out);
            }
            sql.append(')');
        } else if (expr instanceof Expr.Star star) {
            if (star.qualifier() != null) {
                identifier(star.qualifier(), sql);
                sql.append('.');
            }
            sql.append('*');
        } else {
            throw new IllegalArgumentException("unknown expression " + expr);
        }
    }

    private void logical(Expr.Logical logical, Out out) {
        List<Expr> operands = logical.operands();
        if (operands.isEmpty()) {
            out.sql.append(logical.and() ? "1=1" : "1=0");
            return;
        }
        if (operands.size() == 1) {
            expr(operands.get(0), out);
            return;
        }
        out.sql.append('(');
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.sql.append(logical.and() ? " AND " : " OR ");
            }
            expr(operands.get(i), out);
        }
        out.sql.append(')');
    }

    /** Writes a string constant (JSON keys, fixed paths): single quotes doubled. */
    protected void stringLiteral(String text, StringBuilder sql) {
        sql.append('\'').append(text.replace("'", "''")).append('\'');
    }

    /** The SQL text being written and the parameters collected so far. */
    protected static final class Out {
        final StringBuilder sql = new StringBuilder(128);
        final List<Object> parameters = new ArrayList<>();

        /** The SQL text so far. */
        public StringBuilder sql() {
            return sql;
        }
    }
}
