package io.prisma4j.sql.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code SELECT [DISTINCT [ON (...)]] items FROM from joins WHERE ... GROUP BY ... HAVING ... ORDER BY ...
 * LIMIT ... OFFSET ...}. Built step by step by the query planner; the writer renders it per dialect.
 */
public final class Select implements Statement {
    private final List<SelectItem> items = new ArrayList<>();
    private TableRef from;
    private final List<Join> joins = new ArrayList<>();
    private Expr where;
    private final List<Expr> groupBy = new ArrayList<>();
    private Expr having;
    private final List<OrderItem> orderBy = new ArrayList<>();
    private Expr limit;
    private Expr offset;
    private boolean distinct;
    private final List<Expr> distinctOn = new ArrayList<>();
    private boolean forUpdate;

    public static Select from(TableRef from) {
        Select select = new Select();
        select.from = from;
        return select;
    }

    public Select item(Expr expr) {
        items.add(SelectItem.of(expr));
        return this;
    }

    public Select item(Expr expr, String alias) {
        items.add(new SelectItem(expr, alias));
        return this;
    }

    public Select join(Join join) {
        joins.add(join);
        return this;
    }

    /** Adds a condition, combined with AND with any earlier one. */
    public Select where(Expr condition) {
        if (condition == null) {
            return this;
        }
        where = where == null ? condition : new Expr.Logical(true, List.of(where, condition));
        return this;
    }

    public Select groupBy(Expr expr) {
        groupBy.add(expr);
        return this;
    }

    public Select having(Expr condition) {
        having = condition;
        return this;
    }

    public Select orderBy(OrderItem item) {
        orderBy.add(item);
        return this;
    }

    public Select clearOrderBy() {
        orderBy.clear();
        return this;
    }

    public Select limit(Expr limit) {
        this.limit = limit;
        return this;
    }

    public Select offset(Expr offset) {
        this.offset = offset;
        return this;
    }

    public Select distinct(boolean distinct) {
        this.distinct = distinct;
        return this;
    }

    /** PostgreSQL {@code DISTINCT ON (...)}. */
    public Select distinctOn(Expr expr) {
        distinctOn.add(expr);
        return this;
    }

    /** {@code FOR UPDATE} (row locks for read-then-write sequences where the database supports it). */
    public Select forUpdate(boolean forUpdate) {
        this.forUpdate = forUpdate;
        return this;
    }

    public List<SelectItem> items() {
        return items;
    }

    public TableRef from() {
        return from;
    }

    public List<Join> joins() {
        return joins;
    }

    public Expr where() {
        return where;
    }

    public List<Expr> groupBy() {
        return groupBy;
    }

    public Expr having() {
        return having;
    }

    public List<OrderItem> orderBy() {
        return orderBy;
    }

    public Expr limit() {
        return limit;
    }

    public Expr offset() {
        return offset;
    }

    public boolean isDistinct() {
        return distinct;
    }

    public List<Expr> distinctOn() {
        return distinctOn;
    }

    public boolean isForUpdate() {
        return forUpdate;
    }
}
