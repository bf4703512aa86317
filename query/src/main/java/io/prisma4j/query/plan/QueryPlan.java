package io.prisma4j.query.plan;

import io.prisma4j.query.PreparedQuery;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SingleStatementReads;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;
import io.prisma4j.sql.SqlValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A read's SQL with where each of its parameters comes from: a constant, or one of the values its shape
 * took out of the arguments (as is, or as text for a database that types text parameters).
 */
public final class QueryPlan implements Plan {
    private final PreparedQuery query;
    private final String sql;
    private final List<Source> sources;
    private final List<ColumnType> columns;

    /**
     * Where one parameter comes from: {@code leaf} is the index of a shape value, -1 for {@code constant},
     * or -2 for the request's time ({@link Binding#NOW}, written as {@code constant} wrote the dry run's);
     * for a {@link Binding#TYPED} leaf, {@code constant} is the database type's name.
     */
    record Source(int leaf, Binding binding, Object constant) {
        static final int CONSTANT = -1;
        static final int NOW = -2;

        /** This source's parameter for a call's values at the request time {@code now}. */
        Object parameter(List<Object> values, Instant now) {
            if (leaf == CONSTANT) {
                return constant;
            }
            if (leaf == NOW) {
                return withTime(constant, now);
            }
            Object value = values.get(leaf);
            return switch (binding) {
                case AS_IS, NOW -> value;
                case TEXT -> new SqlValue.Text((String) value);
                case TYPED -> new SqlValue.Typed(value, (String) constant);
                case LONG -> ((Integer) value).longValue();
            };
        }

        /** The instant a parameter holds, plain or wrapped for its column; null when it holds none. */
        static Instant timeIn(Object parameter) {
            if (parameter instanceof Instant instant) {
                return instant;
            }
            if (parameter instanceof SqlValue.Timestamp timestamp) {
                return timestamp.value();
            }
            return parameter instanceof SqlValue.Typed typed && typed.value() instanceof Instant instant ? instant : null;
        }

        /** The parameter {@code template} with {@code now} for its instant, wrapped the same way. */
        private static Object withTime(Object template, Instant now) {
            if (template instanceof SqlValue.Timestamp timestamp) {
                return new SqlValue.Timestamp(now, timestamp.withTimeZone());
            }
            if (template instanceof SqlValue.Typed typed) {
                return new SqlValue.Typed(now, typed.typeName());
            }
            return now;
        }
    }

    /**
     * How a shape value becomes its parameter: as it is, as text, as a string of a database type (a uuid,
     * ...), or an Int field's value widened to long; or the request's time.
     */
    enum Binding {
        AS_IS, TEXT, TYPED, LONG, NOW
    }

    QueryPlan(PreparedQuery query, String sql, List<Source> sources, List<ColumnType> columns) {
        this.query = query;
        this.sql = sql;
        this.sources = List.copyOf(sources);
        this.columns = List.copyOf(columns);
    }

    /** The statement for a call of this plan's shape with these values. */
    SqlStatement statement(List<Object> values) {
        return statement(sql, sources, values, null);
    }

    /** {@code sql} with each source's parameter for a call's values at the request time {@code now}. */
    static SqlStatement statement(String sql, List<Source> sources, List<Object> values, Instant now) {
        List<Object> parameters = new ArrayList<>(sources.size());
        for (Source source : sources) {
            parameters.add(source.parameter(values, now));
        }
        return new SqlStatement(sql, parameters);
    }

    /** Runs the plan with a call's values and answers as the full path would. */
    @Override
    public Object run(List<Object> values, SqlPort port) {
        List<Object[]> rows = port.query(statement(values), columns);
        return query.unpack(SingleStatementReads.result(query.operation(), rows));
    }
}
