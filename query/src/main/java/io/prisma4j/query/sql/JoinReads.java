package io.prisma4j.query.sql;

import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.model.Model;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Join;
import io.prisma4j.sql.ast.OrderItem;
import io.prisma4j.sql.ast.Select;
import io.prisma4j.sql.ast.TableRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads with Prisma's "join" relation load strategy: one statement, each relation a correlated subquery
 * that aggregates its records as JSON (nested relations inside), read back by {@link JoinedJson}.
 *
 * <p>To-one relations of the records the statement returns are LEFT JOINed instead ({@link #joinOne}).
 * Each record is a JSON array of its selected values in selection order ({@link JoinedSlot}), not an
 * object: the databases spend most of the statement's time turning values into JSON, and keys would be
 * one more value per field. A list with no order asked for is aggregated straight from its table.
 */
final class JoinReads {
    private static final String POSITION = "__prisma_pos";

    private final Ctx ctx;
    private final Reads reads;
    private final JoinedJson json;
    private final JoinedRecords records;

    JoinReads(Ctx ctx, Reads reads) {
        this.ctx = ctx;
        this.reads = reads;
        this.json = new JoinedJson(ctx.flavour);
        this.records = new JoinedRecords(json);
    }

    /** The SQL of one relation's JSON and the layout to read it with. */
    record Joined(Expr sql, JoinedSlot.Relation slot) {
    }

    /** Whether every relation of the selection can be read in one statement (not with {@code distinct}). */
    static boolean supports(Selection selection) {
        for (Selection.RelationItem item : selection.relations()) {
            if (!item.args().distinct().isEmpty() || !supports(item.selection())) {
                return false;
            }
        }
        return true;
    }

    List<Row> many(Model model, ReadArgs args, Selection selection) {
        return reads.manyWithRelations(model, args, selection, this);
    }

    Row unique(Model model, Filter where, Selection selection) {
        return reads.uniqueWithRelations(model, where, selection, this);
    }

    /** The related record(s) of one relation column (JSON text, or binary rows), as result objects. */
    Object decode(JoinedSlot.Relation slot, Object value) {
        return value instanceof byte[] rows ? records.read(slot, rows) : json.read(slot, (String) value);
    }

    /** Whether to-one relations are LEFT JOINed ({@link #joinOne}) rather than read as a record of their own. */
    boolean joinsToOne() {
        return ctx.flavour.joinsToOneRelations();
    }

    /** How the relation columns arrive: JSON text, or binary rows where the flavour builds rows. */
    ColumnType columnType() {
        return ctx.flavour.joinedColumnType();
    }

    /**
     * LEFT JOINs the record of a to-one relation of {@code parentAlias} and returns its alias: its columns
     * are read as the parent's are, with no JSON and no subquery per row. At most one record matches,
     * since a to-one relation links unique fields (the referenced ones, or a one-to-one's foreign key).
     */
    String joinOne(Select select, String parentAlias, Selection.RelationItem item) {
        Links links = Links.of(item.field());
        Model child = links.childModel();
        String alias = ctx.alias();
        Expr on = links.joinCondition(parentAlias, alias);
        Expr filter = reads.filters().render(child, alias, item.args().where());
        select.join(new Join(Join.Kind.LEFT, ctx.table(child, alias), filter == null ? on : Sql.and(on, filter), false));
        return alias;
    }

    /** The JSON column of one relation of a record on {@code parentAlias}. */
    Joined relation(String parentAlias, Selection.RelationItem item) {
        Links links = Links.of(item.field());
        Model child = links.childModel();
        String alias = ctx.alias();
        Select select = Select.from(ctx.table(child, alias));
        if (links.isManyToMany()) {
            String joinAlias = ctx.alias();
            select.join(new Join(Join.Kind.INNER, Sql.table(links.joinTable(), joinAlias),
                    Sql.eq(Sql.column(joinAlias, links.otherColumn()), Ctx.column(alias, links.childFields().get(0))),
                    false));
            select.where(Sql.eq(Sql.column(joinAlias, links.ownColumn()),
                    Ctx.column(parentAlias, links.parentFields().get(0))));
        } else {
            select.where(links.joinCondition(parentAlias, alias));
        }
        ReadArgs args = item.args();
        select.where(reads.filters().render(child, alias, args.where()));
        String key = item.key();
        if (!item.field().isList()) {
            Record record = record(child, alias, item.selection(), false);
            select.item(record.sql());
            select.limit(Sql.ONE);
            return new Joined(new Expr.Subquery(select), new JoinedSlot.Relation(key, false, record.slots(), false, false));
        }
        boolean paging = args.take() != null || args.skip() != null || args.cursor() != null;
        List<OrderSql.Term> terms = reads.orders().terms(child, alias, select, args.orderBy(), paging);
        if (terms.isEmpty()) {
            Record record = record(child, alias, item.selection(), false);
            select.item(ctx.flavour.jsonRecords(record.sql(), List.of(), null, null));
            return new Joined(new Expr.Subquery(select), new JoinedSlot.Relation(key, true, record.slots(), false, false));
        }
        boolean backwards = args.take() != null && args.take() < 0;
        List<OrderItem> order = terms.stream().map(OrderSql.Term::item).toList();
        List<OrderItem> sqlOrder = backwards ? terms.stream().map(t -> t.reversed().item()).toList() : order;
        if (args.cursor() != null) {
            List<OrderSql.Term> cursorTerms = backwards ? terms.stream().map(OrderSql.Term::reversed).toList() : terms;
            select.where(reads.orders().cursorCondition(child, alias, cursorTerms, args.cursor()));
        }
        Expr limit = args.take() == null ? null : Sql.param(Math.abs(args.take()));
        Expr offset = args.skip() == null || args.skip() == 0 ? null : Sql.param(args.skip());
        if (ctx.flavour.limitInsideJsonAggregate()) {
            // Ordered and limited inside the aggregate; a negative take reads backwards and is reversed on reading.
            Record record = record(child, alias, item.selection(), false);
            select.item(ctx.flavour.jsonRecords(record.sql(), sqlOrder, limit, offset));
            return new Joined(new Expr.Subquery(select),
                    new JoinedSlot.Relation(key, true, record.slots(), false, backwards));
        }
        // A derived table orders and limits the rows, each with its position in the wanted order (an aggregate
        // need not keep the order of its input). It keeps the child's alias and columns, so the arrays built over
        // it, their nested relations and counts, read its columns as they would read the table's.
        select.item(new Expr.Star(alias));
        select.item(new Expr.RowNumber(order), POSITION);
        sqlOrder.forEach(select::orderBy);
        if (limit != null || offset != null) {
            select.limit(limit);
            select.offset(offset);
        }
        Record record = record(child, alias, item.selection(), true);
        Select aggregate = Select.from(new TableRef.Derived(select, alias))
                .item(ctx.flavour.jsonRecords(record.sql(), List.of(), null, null));
        return new Joined(new Expr.Subquery(aggregate), new JoinedSlot.Relation(key, true, record.slots(), true, false));
    }

    /** A record's JSON array and its layout. */
    private record Record(Expr sql, List<JoinedSlot> slots) {
    }

    /** The JSON array of a record: its selected scalars, nested relations and counts, then its position if asked. */
    private Record record(Model model, String alias, Selection selection, boolean positioned) {
        List<Expr> values = new ArrayList<>();
        List<JoinedSlot> slots = new ArrayList<>();
        for (Selection.Item item : selection.items()) {
            if (item instanceof Selection.ScalarItem scalar) {
                values.add(ctx.flavour.jsonColumn(Ctx.column(alias, scalar.field()), scalar.field()));
                slots.add(new JoinedSlot.Scalar(scalar.field()));
            } else if (item instanceof Selection.RelationItem relation) {
                Joined nested = relation(alias, relation);
                values.add(ctx.flavour.embedJson(nested.sql()));
                slots.add(nested.slot());
            } else {
                Selection.CountItem count = (Selection.CountItem) item;
                List<Expr> counts = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (Selection.RelationCount relationCount : count.counts()) {
                    counts.add(reads.countExpr(Links.of(relationCount.field()), alias, relationCount.filter()));
                    names.add(relationCount.field().name());
                }
                values.add(ctx.flavour.jsonRecord(counts));
                slots.add(new JoinedSlot.Count(names));
            }
        }
        if (positioned) {
            values.add(Sql.column(alias, POSITION));
        }
        return new Record(ctx.flavour.jsonRecord(values), slots);
    }
}
