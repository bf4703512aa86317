package io.prisma4j.query.sql;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.query.document.JsonValues;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Join;
import io.prisma4j.sql.ast.OrderItem;
import io.prisma4j.sql.ast.Select;
import io.prisma4j.sql.ast.TableRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads with Prisma's "join" relation load strategy: one statement, each relation a correlated subquery
 * that builds its records as JSON (nested relations inside), decoded here by field type.
 */
final class JoinReads {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final String POSITION = "__prisma_pos";

    private final Ctx ctx;
    private final Reads reads;

    JoinReads(Ctx ctx, Reads reads) {
        this.ctx = ctx;
        this.reads = reads;
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

    /** The JSON column of one relation of a record on {@code parentAlias}. */
    Expr relation(String parentAlias, Selection.RelationItem item) {
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
        if (!item.field().isList()) {
            select.item(object(child, alias, item.selection(), null));
            select.limit(Sql.ONE);
            return ctx.flavour.embedJson(new Expr.Subquery(select));
        }
        boolean paging = args.take() != null || args.skip() != null || args.cursor() != null;
        List<OrderSql.Term> terms = reads.orders().terms(child, alias, select, args.orderBy(), paging);
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
            // Ordered and limited inside the aggregate; a negative take reads backwards and is reversed on decoding.
            select.item(new Expr.JsonArrayAgg(object(child, alias, item.selection(), null), sqlOrder, limit, offset));
            return ctx.flavour.embedJson(new Expr.Subquery(select));
        }
        // A derived table is ordered and limited; each element carries its position in the wanted order.
        select.item(object(child, alias, item.selection(), new Expr.RowNumber(order)), "__prisma_data");
        sqlOrder.forEach(select::orderBy);
        if (limit != null || offset != null) {
            select.limit(limit);
            select.offset(offset);
        }
        String derived = ctx.alias();
        Select aggregate = Select.from(new TableRef.Derived(select, derived))
                .item(new Expr.JsonArrayAgg(ctx.flavour.embedJson(Sql.column(derived, "__prisma_data"))));
        return ctx.flavour.embedJson(new Expr.Subquery(aggregate));
    }

    /** The JSON object of a record: its selected scalars, counts and nested relations. */
    private Expr object(Model model, String alias, Selection selection, Expr position) {
        List<Expr.JsonObject.Entry> entries = new ArrayList<>();
        for (Selection.Item item : selection.items()) {
            if (item instanceof Selection.ScalarItem scalar) {
                entries.add(new Expr.JsonObject.Entry(scalar.key(),
                        ctx.flavour.jsonColumn(Ctx.column(alias, scalar.field()), scalar.field())));
            } else if (item instanceof Selection.RelationItem relation) {
                entries.add(new Expr.JsonObject.Entry(relation.key(), relation(alias, relation)));
            } else {
                Selection.CountItem count = (Selection.CountItem) item;
                List<Expr.JsonObject.Entry> counts = new ArrayList<>();
                for (Selection.RelationCount relationCount : count.counts()) {
                    counts.add(new Expr.JsonObject.Entry(relationCount.field().name(),
                            reads.countExpr(Links.of(relationCount.field()), alias, relationCount.filter())));
                }
                entries.add(new Expr.JsonObject.Entry(count.key(), new Expr.JsonObject(counts)));
            }
        }
        if (position != null) {
            entries.add(new Expr.JsonObject.Entry(POSITION, position));
        }
        return new Expr.JsonObject(entries);
    }

    // ---- decoding ----

    /** The related record(s) of one JSON column value, as result maps. */
    Object decode(Selection.RelationItem item, String json) {
        if (json == null) {
            return item.field().isList() ? List.of() : null;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return decode(item, node);
    }

    private Object decode(Selection.RelationItem item, JsonNode node) {
        if (node == null || node.isNull()) {
            return item.field().isList() ? List.of() : null;
        }
        if (node.isTextual()) {
            try {
                node = MAPPER.readTree(node.asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!item.field().isList()) {
            return Results.toMap(row(item.selection(), node), item.selection());
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        if (!elements.isEmpty() && elements.get(0).has(POSITION)) {
            elements.sort(Comparator.comparingLong(e -> e.get(POSITION).asLong()));
        }
        List<Object> records = new ArrayList<>(elements.size());
        for (JsonNode element : elements) {
            records.add(Results.toMap(row(item.selection(), element), item.selection()));
        }
        boolean backwards = item.args().take() != null && item.args().take() < 0;
        if (backwards && ctx.flavour.limitInsideJsonAggregate()) {
            java.util.Collections.reverse(records);
        }
        return records;
    }

    private Row row(Selection selection, JsonNode object) {
        if (object.isTextual()) {
            try {
                object = MAPPER.readTree(object.asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Row row = new Row();
        for (Selection.Item item : selection.items()) {
            JsonNode value = object.get(item.key());
            if (item instanceof Selection.ScalarItem scalar) {
                row.values.put(scalar.field(), scalar(scalar.field(), value));
            } else if (item instanceof Selection.RelationItem relation) {
                row.relations.put(relation.key(), decode(relation, value));
            } else if (value != null && value.isObject()) {
                value.fields().forEachRemaining(e -> row.counts.put(e.getKey(), e.getValue().asInt()));
            }
        }
        return row;
    }

    private Object scalar(ScalarField field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (field.isList()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(element(field, item)));
            return items;
        }
        return element(field, node);
    }

    private Object element(ScalarField field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        switch (ColumnType.kindOf(field)) {
            case INT:
                return node.asInt();
            case BIGINT:
                return node.bigIntegerValue().longValue();
            case FLOAT:
                return node.asDouble();
            case DECIMAL:
                return node.isNumber() ? node.decimalValue() : new java.math.BigDecimal(node.asText());
            case BOOLEAN:
                return node.isBoolean() ? node.asBoolean() : node.asInt() != 0;
            case DATETIME:
                return node.isNumber() ? java.time.Instant.ofEpochMilli(node.asLong()) : parseDateTime(node.asText());
            case JSON:
                return JsonValues.parse(node.toString());
            case BYTES:
                return ctx.flavour.jsonBytes(node.asText());
            default:
                return node.asText();
        }
    }

    /** DateTime text as the databases put it into JSON (ISO without zone means UTC). */
    static java.time.Instant parseDateTime(String text) {
        java.time.Instant fast = io.prisma4j.query.document.DateTimes.parseStored(text);
        if (fast != null) {
            return fast;
        }
        String normalized = text.strip().replace(' ', 'T');
        boolean zoned = normalized.endsWith("Z") || normalized.matches(".*[+-]\\d\\d(:?\\d\\d)?$");
        if (!zoned) {
            return java.time.LocalDateTime.parse(normalized).toInstant(java.time.ZoneOffset.UTC);
        }
        if (normalized.matches(".*[+-]\\d\\d$")) {
            normalized = normalized + ":00";
        }
        return java.time.OffsetDateTime.parse(normalized).toInstant();
    }
}
