package io.prisma4j.query.sql;

import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Join;
import io.prisma4j.sql.ast.Select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads with Prisma's "query" relation load strategy: one statement for the records, then one batched
 * statement per relation level ({@code WHERE fk IN (...)}), stitched in memory. Never one query per
 * record.
 */
final class Reads {
    private final Ctx ctx;
    private final FilterSql filters;
    private final OrderSql orders;

    Reads(Ctx ctx) {
        this.ctx = ctx;
        this.filters = new FilterSql(ctx);
        this.orders = new OrderSql(ctx);
    }

    FilterSql filters() {
        return filters;
    }

    OrderSql orders() {
        return orders;
    }

    /** Records matching the arguments, with their relations loaded. */
    List<Row> many(Model model, ReadArgs args, Selection selection) {
        return manyWithRelations(model, args, selection, null);
    }

    /** Records with their relations: by later batched statements, or (with {@code join}) in this one. */
    List<Row> manyWithRelations(Model model, ReadArgs args, Selection selection, JoinReads join) {
        String alias = ctx.alias();
        Select select = Select.from(ctx.table(model, alias));
        Columns columns = Columns.of(selection);
        columns.addAll(args.distinct());
        if (join != null) {
            columns.joinRelations(selection, join);
        }
        columns.apply(select, alias, this, null, null);
        select.where(filters.render(model, alias, args.where()));
        List<Row> rows = paged(model, alias, select, columns, args, true);
        if (join == null) {
            loadRelations(rows, selection);
        }
        return rows;
    }

    /** The record a unique filter selects, or {@code null}. */
    Row unique(Model model, Filter where, Selection selection) {
        return uniqueWithRelations(model, where, selection, null);
    }

    Row uniqueWithRelations(Model model, Filter where, Selection selection, JoinReads join) {
        UniqueRead read = uniqueRead(model, where, selection, join);
        List<Row> rows = new ArrayList<>();
        for (Object[] raw : ctx.query(read.select(), read.columns().types())) {
            rows.add(read.columns().read(raw));
        }
        if (rows.isEmpty()) {
            return null;
        }
        if (join == null) {
            loadRelations(rows.subList(0, 1), selection);
        }
        return rows.get(0);
    }

    /** The statement reading the record a unique filter selects, and the columns that decode its row. */
    record UniqueRead(Select select, Columns columns) {
    }

    /** The read of a unique record's columns; its relations too when {@code join} is given. */
    UniqueRead uniqueRead(Model model, Filter where, Selection selection, JoinReads join) {
        String alias = ctx.alias();
        Select select = Select.from(ctx.table(model, alias));
        Columns columns = Columns.of(selection);
        if (join != null) {
            columns.joinRelations(selection, join);
        }
        columns.apply(select, alias, this, null, null);
        select.where(filters.render(model, alias, where));
        return new UniqueRead(select, columns);
    }

    /**
     * Orders, pages (take, skip, cursor, negative take) and runs a select. With {@code sqlPaging} false
     * (several parents share the statement) take and skip are left to the caller.
     */
    private List<Row> paged(Model model, String alias, Select select, Columns columns, ReadArgs args, boolean sqlPaging) {
        boolean paging = args.take() != null || args.skip() != null || args.cursor() != null;
        List<OrderSql.Term> terms = orders.terms(model, alias, select, args.orderBy(), paging);
        boolean backwards = args.take() != null && args.take() < 0;
        if (backwards) {
            terms = terms.stream().map(OrderSql.Term::reversed).toList();
        }
        if (args.cursor() != null) {
            select.where(orders.cursorCondition(model, alias, terms, args.cursor()));
        }
        terms.forEach(t -> select.orderBy(t.item()));
        boolean inMemory = !args.distinct().isEmpty() || !sqlPaging;
        if (!inMemory) {
            if (args.take() != null) {
                select.limit(Sql.param(Math.abs(args.take())));
            }
            if (args.skip() != null && args.skip() > 0) {
                select.offset(Sql.param(args.skip()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] raw : ctx.query(select, columns.types())) {
            rows.add(columns.read(raw));
        }
        if (!args.distinct().isEmpty() && sqlPaging) {
            rows = pageInMemory(distinct(rows, args.distinct()), args);
        }
        if (backwards && sqlPaging) {
            Collections.reverse(rows);
        }
        return rows;
    }

    private static List<Row> distinct(List<Row> rows, List<ScalarField> fields) {
        Set<List<Object>> seen = new HashSet<>();
        List<Row> result = new ArrayList<>();
        for (Row row : rows) {
            List<Object> key = new ArrayList<>();
            for (ScalarField field : fields) {
                Object value = row.get(field);
                key.add(value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : value);
            }
            if (seen.add(key)) {
                result.add(row);
            }
        }
        return result;
    }

    private static List<Row> pageInMemory(List<Row> rows, ReadArgs args) {
        int from = args.skip() == null ? 0 : (int) Math.min(rows.size(), args.skip());
        int to = args.take() == null ? rows.size() : (int) Math.min(rows.size(), from + Math.abs(args.take()));
        return new ArrayList<>(rows.subList(from, Math.max(from, to)));
    }

    /** {@code (SELECT COUNT(*) ...)} of the records linked to the parent, optionally filtered. */
    Expr countExpr(Links links, String parentAlias, Filter filter) {
        if (links.isManyToMany()) {
            String joinAlias = ctx.alias();
            Select select = Select.from(Sql.table(links.joinTable(), joinAlias)).item(Sql.countAll())
                    .where(Sql.eq(Sql.column(joinAlias, links.ownColumn()),
                            Ctx.column(parentAlias, links.parentFields().get(0))));
            String childAlias = ctx.alias();
            Expr condition = filters.render(links.childModel(), childAlias, filter);
            if (condition != null) {
                Select children = Select.from(ctx.table(links.childModel(), childAlias))
                        .item(Ctx.column(childAlias, links.childFields().get(0))).where(condition);
                select.where(new Expr.InSelect(Sql.column(joinAlias, links.otherColumn()), children, false));
            }
            return new Expr.Subquery(select);
        }
        String childAlias = ctx.alias();
        Select select = Select.from(ctx.table(links.childModel(), childAlias)).item(Sql.countAll())
                .where(links.joinCondition(parentAlias, childAlias));
        select.where(filters.render(links.childModel(), childAlias, filter));
        return new Expr.Subquery(select);
    }

    // ---- relations ----

    /** Loads every relation of the selection for these records, one batched statement per relation. */
    void loadRelations(List<Row> rows, Selection selection) {
        if (rows.isEmpty()) {
            return;
        }
        for (Selection.RelationItem item : selection.relations()) {
            load(rows, item);
        }
    }

    private void load(List<Row> parents, Selection.RelationItem item) {
        Links links = Links.of(item.field());
        Map<Object, List<Row>> byKey = new LinkedHashMap<>();
        for (Row parent : parents) {
            Object key = key(parent, links.parentFields());
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(parent);
            }
        }
        Map<Object, List<Row>> children = new LinkedHashMap<>();
        if (!byKey.isEmpty()) {
            List<Object> keys = new ArrayList<>(byKey.keySet());
            boolean onePerStatement = keys.size() == 1;
            int batch = Math.max(1, ctx.batchSize() / Math.max(1, links.parentFields().size()));
            for (int start = 0; start < keys.size(); start += batch) {
                List<Object> chunk = keys.subList(start, Math.min(keys.size(), start + batch));
                for (Row child : fetchChildren(links, chunk, item, onePerStatement)) {
                    Object key = links.isManyToMany() ? normalizeKey(child.parentKey) : key(child, links.childFields());
                    children.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
                }
            }
            if (!onePerStatement) {
                pagePerParent(children, item.args());
            }
            Set<Row> unique = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Row> distinctChildren = new ArrayList<>();
            for (List<Row> group : children.values()) {
                for (Row child : group) {
                    if (unique.add(child)) {
                        distinctChildren.add(child);
                    }
                }
            }
            loadRelations(distinctChildren, item.selection());
        }
        for (Row parent : parents) {
            Object key = key(parent, links.parentFields());
            List<Row> related = key == null ? List.of() : children.getOrDefault(key, List.of());
            if (item.field().isList()) {
                parent.relations.put(item.key(), Results.toMaps(related, item.selection()));
            } else {
                parent.relations.put(item.key(), related.isEmpty() ? null : Results.toMap(related.get(0), item.selection()));
            }
        }
    }

    private List<Row> fetchChildren(Links links, List<Object> keys, Selection.RelationItem item, boolean sqlPaging) {
        var child = links.childModel();
        String alias = ctx.alias();
        Select select = Select.from(ctx.table(child, alias));
        Columns columns = Columns.of(item.selection());
        columns.addAll(item.args().distinct());
        if (links.isManyToMany()) {
            String joinAlias = ctx.alias();
            ScalarField parentId = links.parentFields().get(0);
            select.join(new Join(Join.Kind.INNER, Sql.table(links.joinTable(), joinAlias),
                    Sql.eq(Sql.column(joinAlias, links.otherColumn()), Ctx.column(alias, links.childFields().get(0))),
                    false));
            columns.apply(select, alias, this, Sql.column(joinAlias, links.ownColumn()), ColumnType.of(parentId));
            List<Expr> values = new ArrayList<>();
            for (Object key : keys) {
                values.add(ctx.flavour.value(parentId, key));
            }
            select.where(new Expr.In(Sql.column(joinAlias, links.ownColumn()), values, false));
        } else {
            columns.addAll(links.childFields());
            columns.apply(select, alias, this, null, null);
            select.where(inKeys(alias, links.childFields(), keys));
        }
        select.where(filters.render(child, alias, item.args().where()));
        return paged(child, alias, select, columns, item.args(), sqlPaging);
    }

    /** {@code col IN (...)} or {@code (a, b) IN ((...), ...)} for composite keys. */
    Expr inKeys(String alias, List<ScalarField> fields, List<Object> keys) {
        if (fields.size() == 1) {
            List<Expr> values = new ArrayList<>();
            for (Object key : keys) {
                values.add(ctx.flavour.value(fields.get(0), key));
            }
            return new Expr.In(Ctx.column(alias, fields.get(0)), values, false);
        }
        List<Expr> columns = new ArrayList<>();
        for (ScalarField field : fields) {
            columns.add(Ctx.column(alias, field));
        }
        List<Expr> tuples = new ArrayList<>();
        for (Object key : keys) {
            List<?> parts = (List<?>) key;
            List<Expr> values = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                values.add(ctx.flavour.value(fields.get(i), parts.get(i)));
            }
            tuples.add(new Expr.Tuple(values));
        }
        return new Expr.In(new Expr.Tuple(columns), tuples, false);
    }

    /** take/skip/distinct applied to each parent's related records (ordered by the statement). */
    private static void pagePerParent(Map<Object, List<Row>> children, ReadArgs args) {
        boolean backwards = args.take() != null && args.take() < 0;
        for (Map.Entry<Object, List<Row>> entry : children.entrySet()) {
            List<Row> rows = entry.getValue();
            if (!args.distinct().isEmpty()) {
                rows = distinct(rows, args.distinct());
            }
            if (args.take() != null || args.skip() != null) {
                rows = pageInMemory(rows, args);
            }
            if (backwards) {
                rows = new ArrayList<>(rows);
                Collections.reverse(rows);
            }
            entry.setValue(rows);
        }
    }

    /** The key of a row: the value of one field, or the list of values for several; null if any is null. */
    static Object key(Row row, List<ScalarField> fields) {
        if (fields.size() == 1) {
            return normalizeKey(row.get(fields.get(0)));
        }
        List<Object> parts = new ArrayList<>(fields.size());
        for (ScalarField field : fields) {
            Object value = normalizeKey(row.get(field));
            if (value == null) {
                return null;
            }
            parts.add(value);
        }
        return parts;
    }

    /** Keys compare across tables whose columns decode to different Java number types. */
    static Object normalizeKey(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return value;
    }
}
