package io.prisma4j.query.sql;

import io.prisma4j.query.tree.AggregateSelection;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.OrderBy;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Select;
import io.prisma4j.sql.ast.TableRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** aggregate (count included) and groupBy. */
final class Aggregates {
    private final Ctx ctx;
    private final Reads reads;

    Aggregates(Ctx ctx, Reads reads) {
        this.ctx = ctx;
        this.reads = reads;
    }

    /** {@code _count}/{@code _avg}/... over the matching records (paged first when take/skip/cursor are given). */
    Map<String, Object> aggregate(Model model, ReadArgs args, AggregateSelection selection) {
        String alias = ctx.alias();
        Select select;
        boolean paged = args.take() != null || args.skip() != null || args.cursor() != null;
        if (paged) {
            String inner = ctx.alias();
            Select page = Select.from(ctx.table(model, inner));
            for (ScalarField field : aggregatedFields(selection)) {
                page.item(Ctx.column(inner, field));
            }
            if (page.items().isEmpty()) {
                page.item(Sql.ONE, "__prisma_one");
            }
            page.where(reads.filters().render(model, inner, args.where()));
            List<OrderSql.Term> terms = reads.orders().terms(model, inner, page, args.orderBy(), true);
            if (args.take() != null && args.take() < 0) {
                terms = terms.stream().map(OrderSql.Term::reversed).toList();
            }
            if (args.cursor() != null) {
                page.where(reads.orders().cursorCondition(model, inner, terms, args.cursor()));
            }
            terms.forEach(t -> page.orderBy(t.item()));
            if (args.take() != null) {
                page.limit(Sql.param(Math.abs(args.take())));
            }
            if (args.skip() != null && args.skip() > 0) {
                page.offset(Sql.param(args.skip()));
            }
            select = Select.from(new TableRef.Derived(page, alias));
        } else {
            select = Select.from(ctx.table(model, alias));
            select.where(reads.filters().render(model, alias, args.where()));
        }
        List<ColumnType> types = new ArrayList<>();
        addAggregates(select, alias, selection, types);
        Object[] row = ctx.query(select, types).get(0);
        Map<String, Object> result = new LinkedHashMap<>();
        int[] index = {0};
        for (AggregateSelection.Item item : selection.items()) {
            if (item instanceof AggregateSelection.Aggregates aggregates) {
                result.put(aggregates.key(), values(aggregates, row, index));
            }
        }
        return result;
    }

    private static List<ScalarField> aggregatedFields(AggregateSelection selection) {
        List<ScalarField> fields = new ArrayList<>();
        for (AggregateSelection.Item item : selection.items()) {
            if (item instanceof AggregateSelection.Aggregates aggregates) {
                for (ScalarField field : aggregates.fields()) {
                    if (field != null && !fields.contains(field)) {
                        fields.add(field);
                    }
                }
            }
        }
        return fields;
    }

    /** groupBy: one row per distinct combination of {@code by}, with its aggregates. */
    List<Map<String, Object>> groupBy(Model model, ReadArgs args, List<ScalarField> by, Filter having,
                                      AggregateSelection selection) {
        String alias = ctx.alias();
        Select select = Select.from(ctx.table(model, alias));
        List<ColumnType> types = new ArrayList<>();
        for (AggregateSelection.Item item : selection.items()) {
            if (item instanceof AggregateSelection.GroupField group) {
                select.item(Ctx.column(alias, group.field()));
                types.add(ColumnType.of(group.field()));
            }
        }
        addAggregates(select, alias, selection, types);
        select.where(reads.filters().render(model, alias, args.where()));
        for (ScalarField field : by) {
            select.groupBy(Ctx.column(alias, field));
        }
        Expr havingExpr = reads.filters().render(model, alias, having);
        if (havingExpr != null) {
            select.having(havingExpr);
        }
        List<OrderBy> orderBy = args.orderBy();
        if (orderBy.isEmpty() && (args.take() != null || args.skip() != null)) {
            orderBy = model.primaryIdentifier().stream()
                    .map(f -> (OrderBy) new OrderBy.Scalar(List.of(), f, false, OrderBy.Nulls.DEFAULT)).toList();
        }
        List<OrderSql.Term> terms = reads.orders().terms(model, alias, select, orderBy, false);
        boolean backwards = args.take() != null && args.take() < 0;
        if (backwards) {
            terms = terms.stream().map(OrderSql.Term::reversed).toList();
        }
        terms.forEach(t -> select.orderBy(t.item()));
        if (args.take() != null) {
            select.limit(Sql.param(Math.abs(args.take())));
        }
        if (args.skip() != null && args.skip() > 0) {
            select.offset(Sql.param(args.skip()));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Object[] row : ctx.query(select, types)) {
            Map<String, Object> result = new LinkedHashMap<>();
            int[] index = {0};
            for (AggregateSelection.Item item : selection.items()) {
                if (item instanceof AggregateSelection.GroupField group) {
                    result.put(group.field().name(), Results.value(group.field(), row[index[0]++]));
                }
            }
            for (AggregateSelection.Item item : selection.items()) {
                if (item instanceof AggregateSelection.Aggregates aggregates) {
                    result.put(aggregates.key(), values(aggregates, row, index));
                }
            }
            results.add(result);
        }
        if (backwards) {
            java.util.Collections.reverse(results);
        }
        return results;
    }

    private void addAggregates(Select select, String alias, AggregateSelection selection, List<ColumnType> types) {
        for (AggregateSelection.Item item : selection.items()) {
            if (!(item instanceof AggregateSelection.Aggregates aggregates)) {
                continue;
            }
            for (ScalarField field : aggregates.fields()) {
                if (field == null) {
                    select.item(Sql.countAll());
                    types.add(ColumnType.COUNT);
                    continue;
                }
                select.item(FilterSql.aggregateExpr(alias, aggregates.kind(), field));
                types.add(resultType(aggregates.kind(), field));
            }
        }
    }

    /** COUNT is an Int; AVG a Float (a Decimal for Decimal fields); SUM, MIN and MAX keep the field's type. */
    private static ColumnType resultType(Filter.AggregateKind kind, ScalarField field) {
        return switch (kind) {
            case COUNT -> ColumnType.COUNT;
            case AVG -> ColumnType.of(field.scalarType() == ScalarType.DECIMAL ? ColumnType.Kind.DECIMAL
                    : ColumnType.Kind.FLOAT);
            default -> ColumnType.of(ColumnType.kindOf(field));
        };
    }

    private static Map<String, Object> values(AggregateSelection.Aggregates aggregates, Object[] row, int[] index) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ScalarField field : aggregates.fields()) {
            Object raw = row[index[0]++];
            if (field == null) {
                values.put("_all", raw == null ? 0 : ((Number) raw).intValue());
            } else if (aggregates.kind() == Filter.AggregateKind.COUNT) {
                values.put(field.name(), raw == null ? 0 : ((Number) raw).intValue());
            } else {
                values.put(field.name(), Results.value(field, raw));
            }
        }
        return values;
    }
}
