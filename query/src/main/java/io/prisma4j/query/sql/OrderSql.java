package io.prisma4j.query.sql;

import io.prisma4j.query.tree.OrderBy;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Join;
import io.prisma4j.sql.ast.OrderItem;
import io.prisma4j.sql.ast.Select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders orderings: scalars (through LEFT JOINs for to-one paths), relation counts, and the primary key
 * appended when paging needs a unique order (as Prisma does for take, skip and cursor).
 */
final class OrderSql {

    /** One rendered term; {@code field} is set for a scalar of the queried table itself (cursor comparisons). */
    record Term(Expr expr, boolean descending, OrderItem.Nulls nulls, ScalarField field) {
        OrderItem item() {
            return new OrderItem(expr, descending, nulls);
        }

        Term reversed() {
            OrderItem.Nulls flipped = switch (nulls) {
                case FIRST -> OrderItem.Nulls.LAST;
                case LAST -> OrderItem.Nulls.FIRST;
                default -> OrderItem.Nulls.DEFAULT;
            };
            return new Term(expr, !descending, flipped, field);
        }
    }

    private final Ctx ctx;

    OrderSql(Ctx ctx) {
        this.ctx = ctx;
    }

    List<Term> terms(Model model, String alias, Select select, List<OrderBy> orderBy, boolean uniqueOrdering) {
        List<Term> terms = new ArrayList<>();
        Map<List<RelationField>, String> joins = new HashMap<>();
        for (OrderBy term : orderBy) {
            if (term instanceof OrderBy.Scalar scalar) {
                String target = joinPath(alias, scalar.path(), select, joins);
                terms.add(new Term(Ctx.column(target, scalar.field()), scalar.descending(), nulls(scalar.nulls()),
                        scalar.path().isEmpty() ? scalar.field() : null));
            } else if (term instanceof OrderBy.RelationCount count) {
                String target = joinPath(alias, count.path(), select, joins);
                terms.add(new Term(countSubquery(Links.of(count.relation()), target), count.descending(),
                        OrderItem.Nulls.DEFAULT, null));
            } else {
                OrderBy.Aggregate aggregate = (OrderBy.Aggregate) term;
                Expr expr = aggregate.kind() == io.prisma4j.query.tree.Filter.AggregateKind.COUNT
                        ? Sql.func("COUNT", Ctx.column(alias, aggregate.field()))
                        : FilterSql.aggregateExpr(alias, aggregate.kind(), aggregate.field());
                terms.add(new Term(expr, aggregate.descending(), OrderItem.Nulls.DEFAULT, null));
            }
        }
        if (uniqueOrdering) {
            for (ScalarField id : model.primaryIdentifier()) {
                boolean present = terms.stream().anyMatch(t -> t.field() == id);
                if (!present) {
                    terms.add(new Term(Ctx.column(alias, id), false, OrderItem.Nulls.DEFAULT, id));
                }
            }
        }
        return terms;
    }

    /** {@code (SELECT COUNT(*) FROM child WHERE linked to parent)}. */
    Expr countSubquery(Links links, String parentAlias) {
        return new Expr.Subquery(countSelect(links, parentAlias, null));
    }

    Select countSelect(Links links, String parentAlias, Expr childFilter) {
        if (links.isManyToMany()) {
            String joinAlias = ctx.alias();
            Select select = Select.from(Sql.table(links.joinTable(), joinAlias)).item(Sql.countAll())
                    .where(Sql.eq(Sql.column(joinAlias, links.ownColumn()),
                            Ctx.column(parentAlias, links.parentFields().get(0))));
            if (childFilter != null) {
                throw new IllegalStateException("use countSelectFiltered for filtered many-to-many counts");
            }
            return select;
        }
        String childAlias = ctx.alias();
        Select select = Select.from(ctx.table(links.childModel(), childAlias)).item(Sql.countAll())
                .where(links.joinCondition(parentAlias, childAlias));
        return select;
    }

    private String joinPath(String alias, List<RelationField> path, Select select, Map<List<RelationField>, String> joins) {
        String current = alias;
        for (int i = 0; i < path.size(); i++) {
            List<RelationField> prefix = List.copyOf(path.subList(0, i + 1));
            String existing = joins.get(prefix);
            if (existing != null) {
                current = existing;
                continue;
            }
            RelationField relation = path.get(i);
            Links links = Links.of(relation);
            String joined = ctx.alias();
            select.join(new Join(Join.Kind.LEFT, ctx.table(relation.relatedModel(), joined),
                    links.joinCondition(current, joined), false));
            joins.put(prefix, joined);
            current = joined;
        }
        return current;
    }

    private static OrderItem.Nulls nulls(OrderBy.Nulls nulls) {
        return switch (nulls) {
            case FIRST -> OrderItem.Nulls.FIRST;
            case LAST -> OrderItem.Nulls.LAST;
            case DEFAULT -> OrderItem.Nulls.DEFAULT;
        };
    }

    /**
     * Prisma's cursor condition: rows at or after the cursor row in the given order. The cursor row's
     * values come from subqueries, so a missing cursor yields no rows.
     */
    Expr cursorCondition(Model model, String alias, List<Term> terms, Map<ScalarField, Object> cursor) {
        List<Term> usable = terms.stream().filter(t -> t.field() != null).toList();
        if (usable.isEmpty()) {
            return null;
        }
        List<Expr> cursorValues = new ArrayList<>();
        for (Term term : usable) {
            String cursorAlias = ctx.alias();
            Select value = Select.from(ctx.table(model, cursorAlias)).item(Ctx.column(cursorAlias, term.field()));
            for (Map.Entry<ScalarField, Object> entry : cursor.entrySet()) {
                value.where(Sql.eq(Ctx.column(cursorAlias, entry.getKey()),
                        ctx.flavour.value(entry.getKey(), entry.getValue())));
            }
            cursorValues.add(new Expr.Subquery(value));
        }
        List<Expr> alternatives = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            List<Expr> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(Sql.eq(usable.get(j).expr(), cursorValues.get(j)));
            }
            boolean last = i == usable.size() - 1;
            String operator = usable.get(i).descending() ? (last ? "<=" : "<") : (last ? ">=" : ">");
            parts.add(Sql.op(usable.get(i).expr(), operator, cursorValues.get(i)));
            alternatives.add(Sql.and(parts));
        }
        return Sql.or(alternatives);
    }
}
