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
 */
final class Columns {
    private final List<ScalarField> fields = new ArrayList<>();
    private final List<Selection.RelationCount> counts = new ArrayList<>();
    private boolean parentKey;
    private ColumnType parentKeyType;
    private final List<Selection.RelationItem> joined = new ArrayList<>();
    /** How each joined relation's JSON is laid out, fixed when its SQL is built. */
    private final List<JoinedSlot.Relation> joinedSlots = new ArrayList<>();
    private JoinReads join;
    /** Where each field's value sits in a row, fixed at the first row read. */
    private FieldValues.Layout layout;

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

    /** Reads relations as JSON columns of this statement (the "join" strategy) instead of later statements. */
    void joinRelations(Selection selection, JoinReads joinReads) {
        this.join = joinReads;
        joined.addAll(selection.relations());
    }

    /** Adds the select items: columns, then counts, then the parent key of a many-to-many read. */
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
        if (fields.isEmpty() && counts.isEmpty() && parentKeyExpr == null && joined.isEmpty()) {
            select.item(Sql.ONE);
        }
    }

    List<ColumnType> types() {
        List<ColumnType> types = new ArrayList<>();
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
            types.add(ColumnType.JSON_TEXT);
        }
        if (types.isEmpty()) {
            types.add(ColumnType.COUNT);
        }
        return types;
    }

    Row read(Object[] raw) {
        if (layout == null) {
            layout = new FieldValues.Layout(fields);
        }
        Row row = new Row(layout);
        int i = 0;
        for (int n = fields.size(); i < n; i++) {
            row.values.set(i, raw[i]);
        }
        for (Selection.RelationCount count : counts) {
            Object value = raw[i++];
            row.counts.put(count.field().name(), value == null ? 0 : ((Number) value).intValue());
        }
        if (parentKey) {
            row.parentKey = raw[i++];
        }
        for (JoinedSlot.Relation slot : joinedSlots) {
            row.relations.put(slot.key(), join.decode(slot, (String) raw[i++]));
        }
        return row;
    }
}
