package io.prisma4j.sql.sqlite;

import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;

/** SQLite: LIKE needs an explicit escape character, and OFFSET needs a LIMIT ({@code -1} is none). */
public final class SqliteWriter extends SqlWriter {

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    protected void limitOffset(Expr limit, Expr offset, Out out) {
        out.sql().append(" LIMIT ");
        if (limit != null) {
            expr(limit, out);
        } else {
            out.sql().append("-1");
        }
        if (offset != null) {
            out.sql().append(" OFFSET ");
            expr(offset, out);
        }
    }

    @Override
    protected void like(Expr.Like like, Out out) {
        super.like(like, out);
        // SQLite has no default escape character (sqlite.org/lang_expr.html#like).
        out.sql().append(" ESCAPE '\\'");
    }

    @Override
    protected void jsonArray(Expr.JsonArray array, Out out) {
        out.sql().append("json_array(");
        list(array.items(), out);
        out.sql().append(')');
    }

    @Override
    protected void jsonArrayAgg(Expr.JsonArrayAgg agg, Out out) {
        if (agg.limit() != null || agg.offset() != null) {
            throw new UnsupportedOperationException("SQLite aggregates take no LIMIT; limit a derived table instead");
        }
        out.sql().append("json_group_array(");
        expr(agg.value(), out);
        aggregateOrder(agg.orderBy(), out);
        out.sql().append(')');
    }
}
