package io.prisma4j.query.plan;

import io.prisma4j.query.PreparedQuery;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SingleStatementWrites;
import io.prisma4j.query.sql.SqlExecutor;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-record write's statement with where each parameter comes from: a constant, a value its shape
 * took out of the arguments, or the request's time ({@code now()} defaults and {@code @updatedAt}). One
 * statement with RETURNING, or on MariaDB the write, query and otherwise of one block
 * ({@link SqlPort#writeThenQuery}).
 */
final class WritePlan implements Plan {
    private final PreparedQuery query;
    private final boolean block;
    private final List<String> sqls;
    private final List<List<QueryPlan.Source>> sources;
    private final List<ColumnType> columns;

    /**
     * @param sqls    the statements' SQL in the order sent; for a block write, query and otherwise, the
     *                last null when the block has none
     * @param sources each statement's parameter sources (null where the SQL is)
     */
    WritePlan(PreparedQuery query, boolean block, List<String> sqls, List<List<QueryPlan.Source>> sources,
              List<ColumnType> columns) {
        this.query = query;
        this.block = block;
        this.sqls = new ArrayList<>(sqls);
        this.sources = new ArrayList<>(sources);
        this.columns = List.copyOf(columns);
    }

    /** The statements for a call of this plan's shape with these values at the request time {@code now}. */
    List<SqlStatement> statements(List<Object> values, Instant now) {
        List<SqlStatement> statements = new ArrayList<>(sqls.size());
        for (int i = 0; i < sqls.size(); i++) {
            statements.add(sqls.get(i) == null ? null : QueryPlan.statement(sqls.get(i), sources.get(i), values, now));
        }
        return statements;
    }

    /**
     * The request time the statements sent for a call hold where this plan puts it, the same in every such
     * place; null when the plan puts it nowhere or the places differ.
     */
    Instant timeIn(List<SqlStatement> sent) {
        Instant found = null;
        for (int i = 0; i < sqls.size(); i++) {
            if (sqls.get(i) == null) {
                continue;
            }
            List<QueryPlan.Source> statementSources = sources.get(i);
            for (int p = 0; p < statementSources.size(); p++) {
                if (statementSources.get(p).leaf() == QueryPlan.Source.NOW) {
                    Instant time = QueryPlan.Source.timeIn(sent.get(i).parameters().get(p));
                    if (time == null || found != null && !found.equals(time)) {
                        return null;
                    }
                    found = time;
                }
            }
        }
        return found;
    }

    @Override
    public Object run(List<Object> values, SqlPort port) {
        List<SqlStatement> statements = statements(values, SqlExecutor.requestTime());
        List<Object[]> rows = block
                ? port.writeThenQuery(statements.get(0), statements.get(1), statements.get(2), columns)
                : port.query(statements.get(0), columns);
        return query.unpack(SingleStatementWrites.result(query.operation(), rows));
    }
}
