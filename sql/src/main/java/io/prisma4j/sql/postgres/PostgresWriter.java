package io.prisma4j.sql.postgres;

import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;

import java.util.List;

/**
 * PostgreSQL: {@code ILIKE}, json constructors (plain {@code json}, which PostgreSQL builds and prints in
 * about half the time of {@code jsonb}). Placeholders are JDBC's {@code ?} (the driver numbers
 * them {@code $1, $2, ...} on the wire).
 */
public final class PostgresWriter extends SqlWriter {
    /**
     * {@code json_build_array} takes at most 100 arguments, so larger arrays are built in parts and
     * concatenated as {@code jsonb} (plain {@code json} has no {@code ||}; arrays keep their order).
     */
    private static final int ITEMS_PER_ARRAY = 100;

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    public int maxBindParameters() {
        return 32_767;
    }

    @Override
    protected void like(Expr.Like like, Out out) {
        expr(like.operand(), out);
        out.sql().append(like.negated() ? " NOT " : " ").append(like.insensitive() ? "ILIKE " : "LIKE ");
        expr(like.pattern(), out);
    }

    @Override
    protected void jsonArray(Expr.JsonArray array, Out out) {
        List<Expr> items = array.items();
        boolean chunked = items.size() > ITEMS_PER_ARRAY;
        String function = chunked ? "jsonb_build_array(" : "json_build_array(";
        if (chunked) {
            out.sql().append('(');
        }
        for (int start = 0; start == 0 || start < items.size(); start += ITEMS_PER_ARRAY) {
            if (start > 0) {
                out.sql().append(" || ");
            }
            out.sql().append(function);
            list(items.subList(start, Math.min(items.size(), start + ITEMS_PER_ARRAY)), out);
            out.sql().append(')');
        }
        if (chunked) {
            out.sql().append(")::json");
        }
    }

    @Override
    protected void jsonArrayAgg(Expr.JsonArrayAgg agg, Out out) {
        if (agg.limit() != null || agg.offset() != null) {
            throw new UnsupportedOperationException("PostgreSQL aggregates take no LIMIT; limit a derived table instead");
        }
        out.sql().append("COALESCE(json_agg(");
        expr(agg.value(), out);
        aggregateOrder(agg.orderBy(), out);
        out.sql().append("), '[]'::json)");
    }
}
