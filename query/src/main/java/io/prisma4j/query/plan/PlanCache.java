package io.prisma4j.query.plan;

import io.prisma4j.query.PreparedQuery;
import io.prisma4j.query.QueryEngine;
import io.prisma4j.query.QueryRequestException;
import io.prisma4j.query.sql.SingleStatementReads;
import io.prisma4j.query.sql.SingleStatementWrites;
import io.prisma4j.query.sql.SqlExecutor;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.sql.SqlStatement;
import io.prisma4j.sql.SqlValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query plans of one client's reads and one-record writes, by shape. A call of a shape seen before
 * runs its plan: its values bound into the statement kept, no validation or SQL building. The first
 * call of a shape runs the full path and is noted; the second also learns the plan, by a dry run of the
 * shape with values of its own and a check that the plan reproduces the statements the full path sent
 * for the call's own values, parameter for parameter. A shape whose SQL depends on anything but its
 * taken-out values (and a write's request time), or that takes more than one statement, is noted as
 * one to run in full.
 *
 * <pre>{@code
 * ArgShape shape = plans.shape(model, action, args, inTransaction);
 * if (shape != null && plans.planned(shape)) {
 *     return plans.run(shape, port);
 * }
 * SqlPort used = shape == null ? port : plans.port(shape, port);
 * Object result = executor.execute(engine.prepare(model, action, args).operation(), used);
 * if (shape != null) {
 *     plans.learn(model, action, args, shape, query, used, executor);
 * }
 * }</pre>
 */
public final class PlanCache {
    /** The reads: plans for those of one statement, kept validated queries for the others. */
    private static final Set<String> ACTIONS = Set.of("findUnique", "findUniqueOrThrow", "findFirst",
            "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy");
    /** The writes of one record: plans for those of one statement (see {@link SingleStatementWrites}). */
    private static final Set<String> WRITE_ACTIONS = Set.of("create", "update", "delete", "upsert");
    /**
     * The request time of a write's dry run: where a parameter holds it, the plan puts each call's own.
     * A call that wrote this instant itself is told apart when the plan is checked against it.
     */
    private static final Instant PROBE_TIME = Instant.parse("1999-12-31T23:59:58.765Z");
    /** Beyond this many shapes the cache starts again: a bound, not a policy; real clients use few shapes. */
    private static final int MAX_SHAPES = 2048;
    private static final Object SEEN = new Object();
    private static final Object FULL_PATH = new Object();

    private final QueryEngine engine;
    private final Map<String, Object> shapes = new ConcurrentHashMap<>();

    public PlanCache(QueryEngine engine) {
        this.engine = engine;
    }

    /**
     * The shape of a call that may have a plan, or {@code null}. Writes are planned outside interactive
     * transactions only: a MariaDB upsert takes another path inside one (see the query engine's upsert).
     */
    public ArgShape shape(String model, String action, Map<String, ?> args, boolean inTransaction) {
        boolean planned = ACTIONS.contains(action) || !inTransaction && WRITE_ACTIONS.contains(action);
        return planned ? ArgShape.of(model, action, args) : null;
    }

    /** Whether the shape runs from a plan; then {@link #run} answers the call. */
    public boolean planned(ArgShape shape) {
        return shapes.get(shape.key()) instanceof Plan;
    }

    /** Answers a call of a planned shape. */
    public Object run(ArgShape shape, SqlPort port) {
        return ((Plan) shapes.get(shape.key())).run(shape.values(), port);
    }

    /**
     * The validated query of a shape with no values taken out (its key spells the whole call), kept from
     * its first run; {@code null} when the call must be validated.
     */
    public PreparedQuery prepared(ArgShape shape) {
        return shapes.get(shape.key()) instanceof PreparedQuery query ? query : null;
    }

    /** The port the full path of a call of this shape runs on: one that notes statements when the shape is still being learnt. */
    public SqlPort port(ArgShape shape, SqlPort port) {
        Object state = shapes.get(shape.key());
        return state == null || state == SEEN ? new RecordingPort(port) : port;
    }

    /**
     * After the full path ran a call successfully on {@link #port}'s port, with {@code executor}: notes the
     * shape, or learns its plan.
     */
    public void learn(String model, String action, Map<String, ?> args, ArgShape shape, PreparedQuery query, SqlPort used,
                      SqlExecutor executor) {
        if (!(used instanceof RecordingPort recording)) {
            return;
        }
        boolean write = WRITE_ACTIONS.contains(action);
        boolean single = write
                ? (recording.singleQuery() || recording.singleBlock())
                        && SingleStatementWrites.covers(query.operation(), recording.columns)
                : recording.singleQuery() && SingleStatementReads.covers(query.operation());
        if (!single) {
            // Several statements (relations) or a result of another kind: with nothing taken out, the
            // validated query itself serves every later call of the shape.
            remember(shape, shape.values().isEmpty() ? query : FULL_PATH);
            return;
        }
        if (shapes.get(shape.key()) == null) {
            remember(shape, SEEN);
            return;
        }
        Plan plan = write ? writePlan(model, action, args, shape, recording, executor)
                : plan(model, action, args, shape, recording, executor);
        remember(shape, plan == null ? FULL_PATH : plan);
    }

    private void remember(ArgShape shape, Object state) {
        if (shapes.size() >= MAX_SHAPES) {
            shapes.clear();
        }
        shapes.put(shape.key(), state);
    }

    /** The shape's plan, found by a dry run with probe values; {@code null} when it does not reproduce the call. */
    private QueryPlan plan(String model, String action, Map<String, ?> args, ArgShape shape, RecordingPort sent,
                           SqlExecutor executor) {
        List<Object> probes = probes(shape.values());
        RecordingPort dry = new RecordingPort(null);
        PreparedQuery probe;
        try {
            probe = engine.prepare(model, action, ArgShape.substitute(args, probes));
            executor.execute(probe.operation(), dry);
        } catch (QueryRequestException notFound) {
            // An OrThrow read of no rows: the statement was sent all the same.
            probe = null;
        } catch (RuntimeException e) {
            // The probe values do not fit where the call's values stood (an enum, a date as text, ...).
            return null;
        }
        if (!dry.singleQuery()) {
            return null;
        }
        if (probe == null) {
            probe = engine.prepare(model, action, ArgShape.substitute(args, probes));
        }
        if (!SingleStatementReads.covers(probe.operation()) || !dry.columns.equals(sent.columns)) {
            return null;
        }
        SqlStatement template = dry.queries.get(0);
        SqlStatement actual = sent.queries.get(0);
        if (!template.sql().equals(actual.sql()) || template.parameters().size() != actual.parameters().size()) {
            return null;
        }
        QueryPlan plan = new QueryPlan(probe, template.sql(), sources(template, probes), dry.columns);
        return plan.statement(shape.values()).equals(actual) ? plan : null;
    }

    /**
     * A write shape's plan, found by a dry run with probe values at {@link #PROBE_TIME}; {@code null} when
     * it does not reproduce the statements the call sent.
     */
    private WritePlan writePlan(String model, String action, Map<String, ?> args, ArgShape shape, RecordingPort sent,
                                SqlExecutor executor) {
        List<Object> probes = probes(shape.values());
        RecordingPort dry = RecordingPort.dryWrite();
        PreparedQuery probe;
        try {
            probe = engine.prepare(model, action, ArgShape.substitute(args, probes));
            executor.execute(probe.operation(), dry, PROBE_TIME);
        } catch (RuntimeException e) {
            // The probe values do not fit where the call's values stood, or the path needs real rows.
            return null;
        }
        if (!(dry.singleQuery() || dry.singleBlock()) || dry.singleBlock() != sent.singleBlock()
                || !dry.columns.equals(sent.columns) || !SingleStatementWrites.covers(probe.operation(), dry.columns)) {
            return null;
        }
        List<SqlStatement> templates = dry.statements();
        List<SqlStatement> actual = sent.statements();
        List<String> sqls = new ArrayList<>();
        List<List<QueryPlan.Source>> sources = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            SqlStatement template = templates.get(i);
            if (template == null) {
                sqls.add(null);
                sources.add(null);
                continue;
            }
            sqls.add(template.sql());
            sources.add(sources(template, probes));
        }
        WritePlan plan = new WritePlan(probe, dry.singleBlock(), sqls, sources, dry.columns);
        Instant now = plan.timeIn(actual);
        if (PROBE_TIME.equals(now)) {
            return null;
        }
        return plan.statements(shape.values(), now).equals(actual) ? plan : null;
    }

    /** Where each parameter of a dry run's statement came from. */
    private static List<QueryPlan.Source> sources(SqlStatement template, List<Object> probes) {
        List<QueryPlan.Source> sources = new ArrayList<>(template.parameters().size());
        for (Object parameter : template.parameters()) {
            sources.add(source(parameter, probes));
        }
        return sources;
    }

    /**
     * Where a parameter of the dry run came from: a probe (as is, as text, as a string of a database type,
     * widened to long), the dry run's request time ({@link #PROBE_TIME}), or nowhere.
     */
    private static QueryPlan.Source source(Object parameter, List<Object> probes) {
        if (PROBE_TIME.equals(QueryPlan.Source.timeIn(parameter))) {
            return new QueryPlan.Source(QueryPlan.Source.NOW, QueryPlan.Binding.NOW, parameter);
        }
        QueryPlan.Binding binding = QueryPlan.Binding.AS_IS;
        Object value = parameter;
        String typeName = null;
        if (parameter instanceof SqlValue.Text text) {
            binding = QueryPlan.Binding.TEXT;
            value = text.value();
        } else if (parameter instanceof SqlValue.Typed typed && typed.value() instanceof String text) {
            binding = QueryPlan.Binding.TYPED;
            value = text;
            typeName = typed.typeName();
        } else if (parameter instanceof Long number && number == number.intValue()) {
            binding = QueryPlan.Binding.LONG;
            value = number.intValue();
        }
        int leaf = probes.indexOf(value);
        return leaf >= 0 ? new QueryPlan.Source(leaf, binding, typeName)
                : new QueryPlan.Source(QueryPlan.Source.CONSTANT, null, parameter);
    }

    /**
     * Values of the same types as the call's, unlike anything a query holds by itself, and distinct but
     * where the call's are equal (the shape's key says which are).
     */
    private static List<Object> probes(List<Object> values) {
        List<Object> probes = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            int same = values.indexOf(values.get(i));
            probes.add(same < i ? probes.get(same)
                    : values.get(i) instanceof Integer ? 1_987_650_011 + i : "\u0001prisma4j-plan-probe-" + i + "\u0001");
        }
        return probes;
    }
}
