package io.prisma4j.query.sql;

import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Select;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Filter} as a SQL condition on a model's table alias. */
final class FilterSql {
    private final Ctx ctx;

    FilterSql(Ctx ctx) {
        this.ctx = ctx;
    }

    /** The condition, or {@code null} when the filter accepts everything. */
    Expr render(Model model, String alias, Filter filter) {
        if (filter == null || filter instanceof Filter.Const c && c.value()) {
            return null;
        }
        return expr(model, alias, filter);
    }

    Expr expr(Model model, String alias, Filter filter) {
        if (filter instanceof Filter.Const c) {
            return c.value() ? Sql.TRUE : Sql.FALSE;
        }
        if (filter instanceof Filter.And and) {
            return Sql.and(exprs(model, alias, and.filters()));
        }
        if (filter instanceof Filter.Or or) {
            List<Expr> parts = exprs(model, alias, or.filters());
            return parts.isEmpty() ? Sql.FALSE : Sql.or(parts);
        }
        if (filter instanceof Filter.Not not) {
            List<Expr> negated = new ArrayList<>();
            for (Expr part : exprs(model, alias, not.filters())) {
                negated.add(Sql.not(part));
            }
            return Sql.and(negated);
        }
        if (filter instanceof Filter.Scalar scalar) {
            return condition(model, alias, scalar.field(), Ctx.column(alias, scalar.field()), scalar.condition());
        }
        if (filter instanceof Filter.Json json) {
            return ctx.flavour.jsonFilter(ctx.flavour.jsonOperand(Ctx.column(alias, json.field()), json.field()),
                    json.path(), json.condition(), null);
        }
        if (filter instanceof Filter.ScalarList list) {
            return ctx.flavour.listFilter(Ctx.column(alias, list.field()), list.field(), list.condition());
        }
        if (filter instanceof Filter.Relation relation) {
            return relation(alias, relation);
        }
        Filter.Aggregate aggregate = (Filter.Aggregate) filter;
        return condition(model, alias, aggregate.field(), aggregateExpr(alias, aggregate.kind(), aggregate.field()),
                aggregate.condition());
    }

    private List<Expr> exprs(Model model, String alias, List<Filter> filters) {
        List<Expr> parts = new ArrayList<>();
        for (Filter f : filters) {
            parts.add(expr(model, alias, f));
        }
        return parts;
    }

    static Expr aggregateExpr(String alias, Filter.AggregateKind kind, ScalarField field) {
        Expr column = Ctx.column(alias, field);
        return switch (kind) {
            case COUNT -> Sql.func("COUNT", column);
            case AVG -> Sql.func("AVG", column);
            case SUM -> Sql.func("SUM", column);
            case MIN -> Sql.func("MIN", column);
            case MAX -> Sql.func("MAX", column);
        };
    }

    /** One condition on a column (or an aggregate of it). */
    Expr condition(Model model, String alias, ScalarField field, Expr column, Condition condition) {
        if (condition instanceof Condition.Compare compare) {
            Expr right = operand(model, alias, field, compare.value());
            boolean insensitive = compare.insensitive();
            return switch (compare.op()) {
                case EQUALS -> insensitive ? Sql.eq(lower(column), lower(right)) : Sql.eq(column, right);
                case NOT_EQUALS -> insensitive ? Sql.op(lower(column), "<>", lower(right)) : Sql.op(column, "<>", right);
                case LT -> Sql.op(column, "<", right);
                case LTE -> Sql.op(column, "<=", right);
                case GT -> Sql.op(column, ">", right);
                case GTE -> Sql.op(column, ">=", right);
                case CONTAINS, STARTS_WITH, ENDS_WITH -> like(model, alias, field, column, compare);
                case SEARCH -> ctx.flavour.fullTextSearch(column, Sql.param(compare.value()));
            };
        }
        if (condition instanceof Condition.In in) {
            List<Expr> values = new ArrayList<>();
            for (Object value : in.values()) {
                Expr v = operand(model, alias, field, value);
                values.add(in.insensitive() ? lower(v) : v);
            }
            return new Expr.In(in.insensitive() ? lower(column) : column, values, in.negated());
        }
        if (condition instanceof Condition.IsNull isNull) {
            return new Expr.IsNull(column, isNull.negated());
        }
        if (condition instanceof Condition.Not not) {
            List<Expr> parts = new ArrayList<>();
            for (Condition inner : not.conditions()) {
                parts.add(condition(model, alias, field, column, inner));
            }
            return Sql.not(Sql.and(parts));
        }
        if (condition instanceof Condition.All all) {
            List<Expr> parts = new ArrayList<>();
            for (Condition inner : all.conditions()) {
                parts.add(condition(model, alias, field, column, inner));
            }
            return Sql.and(parts);
        }
        throw new IllegalStateException("unexpected condition " + condition);
    }

    private Expr operand(Model model, String alias, ScalarField field, Object value) {
        if (value instanceof Condition.FieldRef ref) {
            return Ctx.column(alias, model.scalarField(ref.field()).orElseThrow());
        }
        return ctx.flavour.value(field, value);
    }

    private Expr like(Model model, String alias, ScalarField field, Expr column, Condition.Compare compare) {
        String operator = switch (compare.op()) {
            case CONTAINS -> "contains";
            case STARTS_WITH -> "startsWith";
            default -> "endsWith";
        };
        Expr pattern;
        if (compare.value() instanceof Condition.FieldRef ref) {
            Expr other = Ctx.column(alias, model.scalarField(ref.field()).orElseThrow());
            Expr percent = Sql.param("%");
            pattern = ctx.flavour.concat(switch (operator) {
                case "contains" -> List.of(percent, other, Sql.param("%"));
                case "startsWith" -> List.of(other, percent);
                default -> List.of(percent, other);
            });
        } else {
            pattern = SqlValues.pattern(operator, (String) compare.value());
            if (field != null && ctx.flavour.textTyped(field) && pattern instanceof Expr.Param param
                    && param.value() instanceof String text) {
                pattern = Sql.param(new io.prisma4j.sql.SqlValue.Text(text));
            }
        }
        return new Expr.Like(column, pattern, compare.insensitive(), false);
    }

    private static Expr lower(Expr expr) {
        return Sql.func("LOWER", expr);
    }

    // ---- relation filters ----

    private Expr relation(String alias, Filter.Relation filter) {
        RelationField field = filter.field();
        Links links = Links.of(field);
        Model child = field.relatedModel();
        return switch (filter.condition()) {
            case SOME, IS -> exists(links, alias, filter.nested(), false, false);
            case NONE -> exists(links, alias, filter.nested(), true, false);
            // isNot: a related record exists and the filter does not hold for it (SQL's NULL logic included).
            case IS_NOT -> exists(links, alias, filter.nested(), false, true);
            case EVERY -> exists(links, alias, filter.nested(), true, true);
            case IS_NULL, IS_NOT_NULL -> {
                boolean isNull = filter.condition() == Filter.RelationCondition.IS_NULL;
                if (field.holdsForeignKey()) {
                    List<Expr> parts = new ArrayList<>();
                    for (ScalarField fk : field.fields()) {
                        parts.add(new Expr.IsNull(Ctx.column(alias, fk), !isNull));
                    }
                    yield isNull ? Sql.or(parts) : Sql.and(parts);
                }
                yield exists(links, alias, Filter.all(), isNull, false);
            }
        };
    }

    /**
     * {@code [NOT] EXISTS (SELECT 1 FROM child WHERE linked AND [NOT] nested)}; for {@code every} the nested
     * filter is negated inside a NOT EXISTS (no related record fails it).
     */
    private Expr exists(Links links, String parentAlias, Filter nested, boolean negated, boolean negateNested) {
        Model child = links.childModel();
        String childAlias = ctx.alias();
        Select select = Select.from(ctx.table(child, childAlias)).item(Sql.ONE);
        if (links.isManyToMany()) {
            String joinAlias = ctx.alias();
            select = Select.from(Sql.table(links.joinTable(), joinAlias)).item(Sql.ONE)
                    .join(new io.prisma4j.sql.ast.Join(io.prisma4j.sql.ast.Join.Kind.INNER, ctx.table(child, childAlias),
                            Sql.eq(Ctx.column(childAlias, links.childFields().get(0)),
                                    Sql.column(joinAlias, links.otherColumn())), false))
                    .where(Sql.eq(Sql.column(joinAlias, links.ownColumn()),
                            Ctx.column(parentAlias, links.parentFields().get(0))));
        } else {
            select.where(links.joinCondition(parentAlias, childAlias));
        }
        Expr condition = render(child, childAlias, nested);
        if (negateNested) {
            select.where(condition == null ? Sql.FALSE : Sql.not(condition));
        } else if (condition != null) {
            select.where(condition);
        }
        return new Expr.Exists(select, negated);
    }
}
