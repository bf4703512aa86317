package io.prisma4j.sql.postgres;

import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;

import java.util.List;

/**
 * PostgreSQL: {@code ILIKE}, json constructors (plain {@code json}, which PostgreSQL builds and prints in
 * about half the time of {@code jsonb}; objects are read back by key). Placeholders are JDBC's {@code ?} (the driver numbers
 * them {@code $1, $2, ...} on the wire).
 */
public final class PostgresWriter extends SqlWriter {
    /**
     * {@code json_build_object} takes at most 100 arguments, so larger objects are built in parts and
     * concatenated as {@code jsonb} (plain {@code json} has no {@code ||}).
     */
    private static final int PAIRS_PER_OBJECT = 50;

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
    protected void jsonObject(Expr.JsonObject object, Out out) {
        List<Expr.JsonObject.Entry> entries = object.entries();
        if (entries.isEmpty()) {
            out.sql().append("json_build_object()");
            return;
        }
        boolean chunked = entries.size() > PAIRS_PER_OBJECT;
        String function = chunked ? "jsonb_build_object(" : "json_build_object(";
        if (chunked) {
            out.sql().append('(');
        }
        for (int start = 0; start < entries.size(); start += PAIRS_PER_OBJECT) {
            if (start > 0) {
                out.sql().append(" || ");
            }
            out.sql().append(function);
            List<Expr.JsonObject.Entry> chunk = entries.subList(start, Math.min(entries.size(), start + PAIRS_PER_OBJECT));
            for (int i = 0; i < chunk.size(); i++) {
                if (i > 0) {
                    out.sql().append(", ");
                }
                stringLiteral(chunk.get(i).key(), out.sql());
                out.sql().append(", ");
                expr(chunk.get(i).value(), out);
            }
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
