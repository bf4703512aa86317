package io.prisma4j.query.sql;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.query.tree.WriteData;
import io.prisma4j.schema.model.DefaultValue;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationMode;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.ast.Delete;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Insert;
import io.prisma4j.sql.ast.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level write operations. A write whose result needs only scalars is one statement where the
 * database has RETURNING; otherwise the record's key is written first and the result read back.
 */
final class Mutations {
    private final Ctx ctx;
    private final Writes writes;

    Mutations(Ctx ctx, Writes writes) {
        this.ctx = ctx;
        this.writes = writes;
    }

    Map<String, Object> createOne(Operation.CreateOne op) {
        return create(op.model(), op.data(), op.selection());
    }

    /** Creates a record (atomically with its nested writes when the caller opened a transaction for them). */
    private Map<String, Object> create(Model model, WriteData data, Selection selection) {
        if (ctx.flavour.insertDeleteReturning() && !selection.hasRelations()) {
            // The INSERT returns the selected scalars: nested writes come before or after it and never
            // change the record itself, so nothing needs to be read back.
            List<ScalarField> returned = returnedScalars(selection);
            Map<ScalarField, Object> record = writes.createRecord(model, data, Map.of(), returned);
            Row row = new Row();
            returned.forEach(f -> row.values.put(f, record.get(f)));
            return Results.toMap(row, selection);
        }
        Map<ScalarField, Object> record = writes.createRecord(model, data, Map.of());
        return writes.readBack(model, record, selection);
    }

    /** The selection's scalars, or the identifier when it selects none (RETURNING needs a column). */
    private static List<ScalarField> returnedScalars(Selection selection) {
        List<ScalarField> returned = Columns.of(selection).fields();
        return returned.isEmpty() ? selection.model().primaryIdentifier() : returned;
    }

    /** Runs atomically itself: one INSERT needs no transaction, several (or a read-back) do. */
    Object createMany(Operation.CreateMany op) {
        Model model = op.model();
        List<Map<ScalarField, Object>> rows = new ArrayList<>();
        for (WriteData row : op.rows()) {
            rows.add(RecordValues.forCreate(ctx, model, row, Map.of()));
        }
        if (op.selection() == null) {
            List<Insert> batches = writes.batches(model, rows, op.skipDuplicates());
            if (batches.size() == 1) {
                return count(ctx.execute(batches.get(0)));
            }
            return ctx.port.atomically(() -> {
                long count = 0;
                for (Insert insert : batches) {
                    count += ctx.execute(insert);
                }
                return count(count);
            });
        }
        return ctx.port.atomically(() -> createManyAndReturn(op, model, rows));
    }

    private Object createManyAndReturn(Operation.CreateMany op, Model model, List<Map<ScalarField, Object>> rows) {
        Columns columns = Columns.of(op.selection());
        boolean readBack = op.selection().hasRelations();
        List<ScalarField> returned = readBack ? model.primaryIdentifier() : columns.fields();
        List<Row> created = new ArrayList<>();
        for (Insert insert : writes.batches(model, rows, op.skipDuplicates())) {
            returned.forEach(f -> insert.returning(Ctx.column(null, f), null));
            for (Object[] raw : ctx.query(insert, returned.stream().map(ColumnType::of).toList())) {
                Row row = new Row();
                for (int i = 0; i < returned.size(); i++) {
                    row.values.put(returned.get(i), raw[i]);
                }
                created.add(row);
            }
        }
        return rows(model, created, op.selection(), readBack);
    }

    Map<String, Object> updateOne(Operation.UpdateOne op) {
        Model model = op.model();
        WriteData data = op.data();
        if (!data.hasNestedWrites()) {
            List<Map.Entry<ScalarField, Expr>> assignments = writes.assignments(model, data, null);
            writes.addUpdatedAt(model, data, assignments);
            if (assignments.isEmpty()) {
                Row row = writes.reads.unique(model, op.where(), op.selection());
                if (row == null) {
                    throw QueryErrors.recordNotFound(ctx.rootModel, "an update");
                }
                return Results.toMap(row, op.selection());
            }
            if (ctx.flavour.returning()) {
                Update update = new Update(ctx.table(model, null));
                assignments.forEach(a -> update.set(a.getKey().databaseName(), a.getValue()));
                Expr where = writes.filters.render(model, model.databaseName(), op.where());
                if (where != null) {
                    update.where(where);
                }
                Map<String, Object> result = returningOne(update, op.selection(), returning -> {
                    returning.forEach(f -> update.returning(Ctx.column(null, f), null));
                    return update;
                });
                if (result == null) {
                    throw QueryErrors.recordNotFound(ctx.rootModel, "an update");
                }
                return result;
            }
            if (!op.selection().hasRelations() && foundAgainAfter(ctx.models.uniqueCriteria(model), op.where(), assignments)) {
                Map<String, Object> result = updateThenRead(model, assignments, op.where(), op.selection(), null);
                if (result == null) {
                    throw QueryErrors.recordNotFound(ctx.rootModel, "an update");
                }
                return result;
            }
            return ctx.port.atomically(() -> updateByIdentifier(op));
        }
        return updateByIdentifier(op);
    }

    /**
     * Updates the record a unique filter selects and reads it by the same filter, as one exchange where
     * the database can (see {@link SqlPort#writeThenQuery}). When no record matched: runs {@code insert}
     * if given, returning the same columns; else answers null.
     */
    private Map<String, Object> updateThenRead(Model model, List<Map.Entry<ScalarField, Expr>> assignments,
                                               Filter where, Selection selection, Insert insert) {
        Update update = new Update(ctx.table(model, null));
        assignments.forEach(a -> update.set(a.getKey().databaseName(), a.getValue()));
        update.where(writes.filters.render(model, model.databaseName(), where));
        Reads.UniqueRead read = writes.reads.uniqueRead(model, where, selection, null);
        if (insert != null) {
            read.columns().fields().forEach(f -> insert.returning(Ctx.column(null, f), null));
        }
        List<Object[]> rows = ctx.port.writeThenQuery(ctx.render(update), ctx.render(read.select()),
                insert == null ? null : ctx.render(insert), read.columns().types());
        return rows.isEmpty() ? null : Results.toMap(read.columns().read(rows.get(0)), selection);
    }

    /**
     * Whether a filter is plain equality on fields that hold a unique criterion, none of which the update
     * assigns: the record it selects is then selected by it again after the update.
     */
    private static boolean foundAgainAfter(List<List<ScalarField>> criteria, Filter where,
                                           List<Map.Entry<ScalarField, Expr>> assignments) {
        Map<ScalarField, Object> equalities = new LinkedHashMap<>();
        if (!collectEqualities(where, equalities) || equalities.containsValue(null)
                || assignments.stream().anyMatch(a -> equalities.containsKey(a.getKey()))) {
            return false;
        }
        return criteria.stream().anyMatch(equalities.keySet()::containsAll);
    }

    /** An update that first finds the record's identifier (unless the where gives it), then reads it back. */
    private Map<String, Object> updateByIdentifier(Operation.UpdateOne op) {
        Model model = op.model();
        WriteData data = op.data();
        Map<ScalarField, Object> known = data.hasNestedWrites() ? null : primaryKeyOf(model, op.where(), data);
        if (known != null) {
            // The where names the primary key and the update keeps it: no need to read the id first.
            List<Map.Entry<ScalarField, Expr>> assignments = writes.assignments(model, data, null);
            writes.addUpdatedAt(model, data, assignments);
            Update update = new Update(ctx.table(model, null));
            assignments.forEach(a -> update.set(a.getKey().databaseName(), a.getValue()));
            update.where(writes.idCondition(model, model.databaseName(), List.of(known)));
            if (ctx.execute(update) == 0) {
                throw QueryErrors.recordNotFound(ctx.rootModel, "an update");
            }
            return writes.readBack(model, known, op.selection());
        }
        List<Map<ScalarField, Object>> ids = writes.ids(model, op.where(), 1L);
        if (ids.isEmpty()) {
            throw QueryErrors.recordNotFound(ctx.rootModel, "an update");
        }
        Map<ScalarField, Object> id = writes.updateRecord(model, ids.get(0), data);
        return writes.readBack(model, id, op.selection());
    }

    /**
     * The primary key values a unique filter gives by plain equality on every key field (and nothing else),
     * when the data leaves them unchanged; else null.
     */
    private static Map<ScalarField, Object> primaryKeyOf(Model model, Filter where, WriteData data) {
        List<Filter> parts = where instanceof Filter.And and ? and.filters() : List.of(where);
        Map<ScalarField, Object> values = new java.util.LinkedHashMap<>();
        for (Filter part : parts) {
            if (!(part instanceof Filter.Scalar scalar) || !(scalar.condition() instanceof Condition.Compare compare)
                    || compare.op() != Condition.Op.EQUALS || compare.insensitive() || compare.value() == null
                    || compare.value() instanceof Condition.FieldRef || values.containsKey(scalar.field())) {
                return null;
            }
            values.put(scalar.field(), compare.value());
        }
        List<ScalarField> key = model.primaryIdentifier();
        if (values.size() != key.size() || !values.keySet().containsAll(key)
                || key.stream().anyMatch(data.scalars()::containsKey)) {
            return null;
        }
        return values;
    }

    Object updateMany(Operation.UpdateMany op) {
        Model model = op.model();
        List<Map.Entry<ScalarField, Expr>> assignments = writes.assignments(model, op.data(), null);
        writes.addUpdatedAt(model, op.data(), assignments);
        boolean idsFirst = op.limit() != null || hasRelationFilter(op.where()) && !ctx.flavour.returning();
        Expr where;
        List<Map<ScalarField, Object>> ids = null;
        if (idsFirst) {
            ids = writes.ids(model, op.where(), op.limit());
            if (ids.isEmpty()) {
                return op.selection() == null ? count(0) : List.of();
            }
            where = writes.idCondition(model, model.databaseName(), ids);
        } else {
            where = writes.filters.render(model, model.databaseName(), op.where());
        }
        if (assignments.isEmpty()) {
            List<Map<ScalarField, Object>> matching = ids != null ? ids : writes.ids(model, op.where(), null);
            if (op.selection() == null) {
                return count(matching.size());
            }
            List<Row> rows = matching.stream().map(m -> {
                Row row = new Row();
                row.values.putAll(m);
                return row;
            }).toList();
            return rows(model, rows, op.selection(), true);
        }
        Update update = new Update(ctx.table(model, null));
        assignments.forEach(a -> update.set(a.getKey().databaseName(), a.getValue()));
        if (where != null) {
            update.where(where);
        }
        if (op.selection() == null) {
            return count(ctx.execute(update));
        }
        boolean readBack = op.selection().hasRelations();
        List<ScalarField> returned = readBack ? model.primaryIdentifier() : Columns.of(op.selection()).fields();
        returned.forEach(f -> update.returning(Ctx.column(null, f), null));
        List<Row> rows = new ArrayList<>();
        for (Object[] raw : ctx.query(update, returned.stream().map(ColumnType::of).toList())) {
            Row row = new Row();
            for (int i = 0; i < returned.size(); i++) {
                row.values.put(returned.get(i), raw[i]);
            }
            rows.add(row);
        }
        return rows(model, rows, op.selection(), readBack);
    }

    /** Runs atomically itself: a native upsert is one statement, the emulated one opens a transaction if need be. */
    Map<String, Object> upsert(Operation.Upsert op) {
        Model model = op.model();
        List<ScalarField> conflictTarget = nativeUpsertTarget(op);
        Map<ScalarField, Object> values = conflictTarget == null ? null
                : RecordValues.forCreate(ctx, model, op.create(), Map.of());
        if (conflictTarget != null
                && (ctx.flavour.nativeUpsert() || duplicateKeyUpsert(ctx.models, model, conflictTarget, values, op.create()))) {
            List<String> columns = new ArrayList<>();
            List<Expr> row = new ArrayList<>();
            values.forEach((field, value) -> {
                columns.add(field.databaseName());
                row.add(writes.writeExpr(field, value));
            });
            List<Map.Entry<ScalarField, Expr>> assignments = writes.assignments(model, op.update(), model.databaseName());
            writes.addUpdatedAt(model, op.update(), assignments);
            Insert insert = new Insert(ctx.table(model, null), columns).row(row);
            insert.onConflict(new Insert.DoUpdate(conflictTarget.stream().map(ScalarField::databaseName).toList(),
                    assignments.stream().map(a -> new io.prisma4j.sql.ast.Assignment(a.getKey().databaseName(),
                            a.getValue())).toList()));
            return returningOne(insert, op.selection(), returning -> {
                returning.forEach(f -> insert.returning(Ctx.column(null, f), null));
                return insert;
            });
        }
        List<Map.Entry<ScalarField, Expr>> assignments = writes.assignments(model, op.update(), null);
        writes.addUpdatedAt(model, op.update(), assignments);
        if (ctx.flavour.statementBlocks() && !ctx.port.inTransaction() && !op.update().hasNestedWrites()
                && !op.create().hasNestedWrites() && !assignments.isEmpty() && !op.selection().hasRelations()
                && foundAgainAfter(ctx.models.uniqueCriteria(model), op.where(), assignments)) {
            // One block, one round trip: the update, then the read of the record, or the insert when the
            // update found none. In an interactive transaction the update's gap lock would outlive the
            // block, so there Prisma's order is kept.
            Insert insert = writes.insertStatement(model, RecordValues.forCreate(ctx, model, op.create(), Map.of()));
            return updateThenRead(model, assignments, op.where(), op.selection(), insert);
        }
        // Emulated, as Prisma does where it has no native upsert: find the record, then update or create it.
        // The read of the id locks nothing, in a transaction or not, so only what follows it needs one: an
        // update, whose record stays locked until it is read back, or a create with nested writes. A plain
        // create is one statement.
        List<Map<ScalarField, Object>> ids = writes.ids(model, op.where(), 1L);
        if (!ids.isEmpty()) {
            return ctx.port.atomically(() -> writes.readBack(model, writes.updateRecord(model, ids.get(0), op.update()),
                    op.selection()));
        }
        if (op.create().hasNestedWrites()) {
            return ctx.port.atomically(() -> create(model, op.create(), op.selection()));
        }
        return create(model, op.create(), op.selection());
    }

    /**
     * The unique fields for {@code INSERT ... ON CONFLICT}, when Prisma would use a native upsert: the
     * database has one, the where is equality on exactly one unique criterion, create gives the same
     * values, and neither side has nested writes. Otherwise {@code null}. On MariaDB the same conditions
     * allow {@code ON DUPLICATE KEY UPDATE}, which also needs {@link #duplicateKeyUpsert}.
     */
    private List<ScalarField> nativeUpsertTarget(Operation.Upsert op) {
        if (!ctx.flavour.nativeUpsert() && !ctx.flavour.duplicateKeyUpsert()
                || op.create().hasNestedWrites() || op.update().hasNestedWrites()
                || op.update().scalars().isEmpty()) {
            return null;
        }
        Map<ScalarField, Object> equalities = new LinkedHashMap<>();
        if (!collectEqualities(op.where(), equalities)) {
            return null;
        }
        List<ScalarField> fields = new ArrayList<>(equalities.keySet());
        boolean unique = ctx.models.uniqueCriteria(op.model()).stream()
                .anyMatch(criterion -> criterion.size() == fields.size() && criterion.containsAll(fields));
        if (!unique) {
            return null;
        }
        for (Map.Entry<ScalarField, Object> entry : equalities.entrySet()) {
            if (!(op.create().scalars().get(entry.getKey()) instanceof WriteData.Set set)
                    || !sameValue(set.value(), entry.getValue())) {
                return null;
            }
        }
        return fields;
    }

    /**
     * Whether MySQL's {@code ON DUPLICATE KEY UPDATE} does what Prisma's upsert does. It names no target:
     * a conflict on any unique index would update that row, where Prisma creates and fails with P2002, so
     * each other unique criterion needs a field that is NULL or holds an id the engine just generated. And
     * it spends an auto-increment value even when it updates, which Prisma's find-then-write does not
     * (later records would get other ids), so no auto-increment column is left to the database.
     */
    private static boolean duplicateKeyUpsert(ModelCache models, Model model, List<ScalarField> target,
                                              Map<ScalarField, Object> values, WriteData create) {
        if (models.scalars(model).stream().anyMatch(field -> field.isAutoincrement() && !values.containsKey(field))) {
            return false;
        }
        for (List<ScalarField> criterion : models.uniqueCriteria(model)) {
            boolean isTarget = criterion.size() == target.size() && criterion.containsAll(target);
            if (!isTarget && criterion.stream().noneMatch(field -> nullOrGenerated(field, values, create))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nullOrGenerated(ScalarField field, Map<ScalarField, Object> values, WriteData create) {
        if (!values.containsKey(field)) {
            // Left to the database: NULL for an optional column without default.
            return !field.hasDefault() && !field.isRequired();
        }
        if (values.get(field) == null) {
            return true;
        }
        DefaultValue.Kind generated = field.defaultValue().map(DefaultValue::kind).orElse(null);
        return !create.scalars().containsKey(field) && (generated == DefaultValue.Kind.UUID
                || generated == DefaultValue.Kind.CUID || generated == DefaultValue.Kind.ULID);
    }

    private static boolean collectEqualities(Filter filter, Map<ScalarField, Object> into) {
        if (filter instanceof Filter.Scalar scalar && scalar.condition() instanceof Condition.Compare compare
                && compare.op() == Condition.Op.EQUALS && !compare.insensitive()
                && !(compare.value() instanceof Condition.FieldRef)) {
            into.put(scalar.field(), compare.value());
            return true;
        }
        if (filter instanceof Filter.And and) {
            for (Filter part : and.filters()) {
                if (!collectEqualities(part, into)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString())) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    Map<String, Object> deleteOne(Operation.DeleteOne op) {
        Model model = op.model();
        boolean foreignKeys = ctx.dataModel.relationMode() != RelationMode.PRISMA;
        if (foreignKeys && ctx.flavour.insertDeleteReturning() && !op.selection().hasRelations()) {
            Delete delete = new Delete(ctx.table(model, null));
            Expr where = writes.filters.render(model, model.databaseName(), op.where());
            if (where != null) {
                delete.where(where);
            }
            Map<String, Object> result = returningOne(delete, op.selection(), returning -> {
                returning.forEach(f -> delete.returning(Ctx.column(null, f), null));
                return delete;
            });
            if (result == null) {
                throw QueryErrors.recordNotFound(ctx.rootModel, "a delete");
            }
            return result;
        }
        Columns columns = Columns.of(op.selection());
        columns.addAll(model.primaryIdentifier());
        Row row = writes.reads.unique(model, op.where(), withIdentifier(op.selection()));
        if (row == null) {
            throw QueryErrors.recordNotFound(ctx.rootModel, "a delete");
        }
        Map<ScalarField, Object> id = new LinkedHashMap<>();
        model.primaryIdentifier().forEach(f -> id.put(f, row.get(f)));
        writes.deleteRecords(model, List.of(id));
        return Results.toMap(row, op.selection());
    }

    /** The selection plus the identifier scalars (read but not returned), so the record can be deleted. */
    private static Selection withIdentifier(Selection selection) {
        List<Selection.Item> items = new ArrayList<>(selection.items());
        for (ScalarField id : selection.model().primaryIdentifier()) {
            if (!selection.scalars().contains(id)) {
                items.add(new Selection.ScalarItem(id));
            }
        }
        return new Selection(selection.model(), items);
    }

    Map<String, Object> deleteMany(Operation.DeleteMany op) {
        Model model = op.model();
        boolean emulate = ctx.dataModel.relationMode() == RelationMode.PRISMA;
        if (emulate || op.limit() != null || hasRelationFilter(op.where()) && !ctx.flavour.returning()) {
            return count(writes.deleteRecords(model, writes.ids(model, op.where(), op.limit())));
        }
        Delete delete = new Delete(ctx.table(model, null));
        Expr where = writes.filters.render(model, model.databaseName(), op.where());
        if (where != null) {
            delete.where(where);
        }
        return count(ctx.execute(delete));
    }

    // ---- helpers ----

    /** Runs a statement with RETURNING of the selection's scalars; null when it touched no row. */
    private Map<String, Object> returningOne(io.prisma4j.sql.ast.Statement statement, Selection selection,
                                             java.util.function.Function<List<ScalarField>, io.prisma4j.sql.ast.Statement> withReturning) {
        Model model = selection.model();
        boolean readBack = selection.hasRelations();
        List<ScalarField> returned = readBack ? model.primaryIdentifier() : Columns.of(selection).fields();
        if (returned.isEmpty()) {
            returned = model.primaryIdentifier();
        }
        io.prisma4j.sql.ast.Statement withColumns = withReturning.apply(returned);
        List<Object[]> rows = ctx.query(withColumns, returned.stream().map(ColumnType::of).toList());
        if (rows.isEmpty()) {
            return null;
        }
        Row row = new Row();
        for (int i = 0; i < returned.size(); i++) {
            row.values.put(returned.get(i), rows.get(0)[i]);
        }
        if (readBack) {
            return writes.readBack(model, row.values, selection);
        }
        return Results.toMap(row, selection);
    }

    private Object rows(Model model, List<Row> rows, Selection selection, boolean readBack) {
        if (!readBack) {
            return Results.toMaps(rows, selection);
        }
        List<Object> results = new ArrayList<>();
        for (Row row : rows) {
            results.add(writes.readBack(model, row.values, selection));
        }
        return results;
    }

    static Map<String, Object> count(long count) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", (int) count);
        return result;
    }

    static boolean hasRelationFilter(Filter filter) {
        if (filter instanceof Filter.Relation) {
            return true;
        }
        if (filter instanceof Filter.And and) {
            return and.filters().stream().anyMatch(Mutations::hasRelationFilter);
        }
        if (filter instanceof Filter.Or or) {
            return or.filters().stream().anyMatch(Mutations::hasRelationFilter);
        }
        if (filter instanceof Filter.Not not) {
            return not.filters().stream().anyMatch(Mutations::hasRelationFilter);
        }
        return false;
    }
}
