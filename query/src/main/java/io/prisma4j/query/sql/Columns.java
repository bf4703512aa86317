package io.prisma4j.query.sql;

import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Select;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns one read selects: the selected scalars, the scalars needed to link relations and page,
 * and one count subquery per requested relation count; reads each result row back into a {@link Row}.
 * With the "join" strategy, also the relations: to-many ones as JSON columns, to-one ones as the columns
 * of a LEFT JOINed table (read by a {@code Columns} of their own).
 */
final class Columns {
    private final List<ScalarField> fields = new ArrayList<>();
    private final List<Selection.RelationCount> counts = new ArrayList<>();
    private boolean parentKey;
    private ColumnType parentKeyType;
    private final List<Selection.RelationItem> joined = new ArrayList<>();
    /** How each joined relation's JSON is laid out, fixed when its SQL is built. */
    private final List<JoinedSlot.Relation> joinedSlots = new ArrayList<>();
    private final List<JoinedOne> joinedOnes = new ArrayList<>();
    private JoinReads join;
    /** Where each field's value sits in a row, fixed at the first row read. */
    private FieldValues.Layout layout;

    /**
     * A to-one relation read through a LEFT JOIN: its record's columns follow the parent's, and it is
     * there when its linking fields are (they equal the parent's, so they are never null on a match).
     */
    private record JoinedOne(Selection.RelationItem item, Columns columns, ScalarField presence) {
    }

    static Columns of(Selection selection) {
        Columns columns = new Columns();
        for (Selection.Item item : selection.items()) {
            if (item instanceof Selection.ScalarItem scalar) {
                columns.add(scalar.field());
            } else if (item instanceof Selection.RelationItem relation) {
                Links.of(relation.field()).parentFields().forEach(columns::add);
            } else if (item instanceof Selection.CountItem count) {
                columns.counts.addAll(count.counts());
            }
        }
        return columns;
    }

    void add(ScalarField field) {
        if (!fields.contains(field)) {
            fields.add(field);
        }
    }

    void addAll(List<ScalarField> more) {
        more.forEach(this::add);
    }

    List<ScalarField> fields() {
        return fields;
    }

    /** Reads relations in this statement (the "join" strategy) instead of later statements. */
    void joinRelations(Selection selection, JoinReads joinReads) {
        this.join = joinReads;
        for (Selection.RelationItem item : selection.relations()) {
            if (item.field().isList() || !joinReads.joinsToOne()) {
                joined.add(item);
                continue;
            }
            Links links = Links.of(item.field());
            Columns columns = Columns.of(item.selection());
            columns.addAll(links.childFields());
            columns.joinRelations(item.selection(), joinReads);
            joinedOnes.add(new JoinedOne(item, columns, links.childFields().get(0)));
        }
    }

    /**
     * Adds the select items: columns, then counts, then the parent key of a many-to-many read, then the
     * JSON of to-many relations, then each LEFT JOINed to-one relation's own items.
     */
    void apply(Select select, String alias, Reads reads, Expr parentKeyExpr, ColumnType keyType) {
        for (ScalarField field : fields) {
            select.item(Ctx.column(alias, field));
        }
        for (Selection.RelationCount count : counts) {
            select.item(reads.countExpr(Links.of(count.field()), alias, count.filter()));
        }
        if (parentKeyExpr != null) {
            select.item(parentKeyExpr, "__prisma_parent");
            parentKey = true;
            parentKeyType = keyType;
        }
        for (Selection.RelationItem item : joined) {
            JoinReads.Joined relation = join.relation(alias, item);
            select.item(relation.sql(), item.key());
            joinedSlots.add(relation.slot());
        }
        for (JoinedOne one : joinedOnes) {
            one.columns().apply(select, join.joinOne(select, alias, one.item()), reads, null, null);
        }
        if (fields.isEmpty() && counts.isEmpty() && parentKeyExpr == null && joined.isEmpty() && joinedOnes.isEmpty()) {
            select.item(Sql.ONE);
        }
    }

    List<ColumnType> types() {
        List<ColumnType> types = new ArrayList<>();
        addTypes(types);
        if (types.isEmpty()) {
            types.add(ColumnType.COUNT);
        }
        return types;
    }

    private void addTypes(List<ColumnType> types) {
        for (ScalarField field : fields) {
            types.add(ColumnType.of(field));
        }
        for (int i = 0; i < counts.size(); i++) {
            types.add(ColumnType.COUNT);
        }
        if (parentKey) {
            types.add(parentKeyType);
        }
        for (int i = 0; i < joined.size(); i++) {
            types.add(join.columnType());
        }
        for (JoinedOne one : joinedOnes) {
            one.columns().addTypes(types);
        }
    }

    Row read(Object[] raw) {
        Row row = newRow();
        readInto(row, raw, 0);
        return row;
    }

    private Row newRow() {
        if (layout == null) {
            layout = new FieldValues.Layout(fields);
        }
        return new Row(layout);
    }

    /** Reads this read's columns from {@code raw[start]} on; returns the position after them. */
    private int readInto(Row row, Object[] raw, int start) {
        int i = start;
        for (int n = fields.size(); i - start < n; i++) {
            row.values.set(i - start, raw[i]);
        }
        for (Selection.RelationCount count : counts) {
            Object value = raw[i++];
            row.counts.put(count.field().name(), value == null ? 0 : ((Number) value).intValue());
        }
        if (parentKey) {
            row.parentKey = raw[i++];
        }
        for (JoinedSlot.Relation slot : joinedSlots) {
            row.relations.put(slot.key(), join.decode(slot, raw[i++]));
        }
        for (JoinedOne one : joinedOnes) {
            Row related = one.columns().newRow();
            i = one.columns().readInto(related, raw, i);
            row.relations.put(one.item().key(),
                    related.get(one.presence()) == null ? null : Results.toMap(related, one.item().selection()));
        }
        return i;
    }
}
