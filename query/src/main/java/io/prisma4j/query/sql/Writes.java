package io.prisma4j.query.sql;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.NestedWrite;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.query.tree.WriteData;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Insert;
import io.prisma4j.sql.ast.Select;
import io.prisma4j.sql.ast.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record-level writes shared by every write operation: inserting with Prisma's defaults, updating with
 * atomic operations and {@code @updatedAt}, finding records, and the nested relation writes of a create
 * or update (delegated to {@link NestedWrites}).
 */
final class Writes {
    final Ctx ctx;
    final Reads reads;
    final FilterSql filters;
    private final NestedWrites nested;
    final ReferentialActions referential;

    Writes(Ctx ctx, Reads reads) {
        this.ctx = ctx;
        this.reads = reads;
        this.filters = reads.filters();
        this.nested = new NestedWrites(this);
        this.referential = new ReferentialActions(this);
    }

    // ---- create ----

    /** Inserts a record with its nested writes and returns its known column values (identifier included). */
    Map<ScalarField, Object> createRecord(Model model, WriteData data, Map<ScalarField, Object> inherited) {
        return createRecord(model, data, inherited, List.of());
    }

    /**
     * Inserts a record with its nested writes; its known column values also hold the {@code returned}
     * columns as the database stored them (where INSERT has RETURNING: the nested writes of a create
     * change related records and join tables, never the record itself, so no read-back is needed).
     */
    Map<ScalarField, Object> createRecord(Model model, WriteData data, Map<ScalarField, Object> inherited,
                                          List<ScalarField> returned) {
        Map<ScalarField, Object> values = RecordValues.forCreate(ctx, model, data, inherited);
        for (NestedWrite write : data.nested()) {
            if (write.field().holdsForeignKey()) {
                values.putAll(nested.inlined(model, write, null));
            }
        }
        Map<ScalarField, Object> record = insert(model, values, returned);
        for (NestedWrite write : data.nested()) {
            if (!write.field().holdsForeignKey()) {
                nested.apply(model, record, write, true);
            }
        }
        return record;
    }

    /**
     * Inserts one row; returns the values with the generated identifier added, and the {@code returned}
     * columns as stored (only where INSERT has RETURNING).
     */
    Map<ScalarField, Object> insert(Model model, Map<ScalarField, Object> values, List<ScalarField> returned) {
        Insert insert = insertStatement(model, values);
        Map<ScalarField, Object> record = new LinkedHashMap<>(values);
        List<ScalarField> missing = new ArrayList<>(returned);
        for (ScalarField field : model.primaryIdentifier()) {
            if (!values.containsKey(field) && !missing.contains(field)) {
                missing.add(field);
            }
        }
        if (missing.isEmpty()) {
            ctx.execute(insert);
        } else if (ctx.flavour.insertDeleteReturning()) {
            for (ScalarField field : missing) {
                insert.returning(Ctx.column(null, field), null);
            }
            Object[] stored = ctx.query(insert, missing.stream().map(ColumnType::of).toList()).get(0);
            for (int i = 0; i < missing.size(); i++) {
                record.put(missing.get(i), stored[i]);
            }
        } else {
            if (!returned.isEmpty()) {
                throw new IllegalStateException("INSERT has no RETURNING on " + ctx.flavour.provider());
            }
            ScalarField generated = missing.get(0);
            List<Object> keys = ctx.port.insertGeneratedKeys(ctx.render(insert), ColumnType.of(generated));
            record.put(generated, keys.isEmpty() ? null : keys.get(0));
        }
        return record;
    }

    /** The INSERT of one row of these values. */
    Insert insertStatement(Model model, Map<ScalarField, Object> values) {
        List<String> columns = new ArrayList<>();
        List<Expr> row = new ArrayList<>();
        for (Map.Entry<ScalarField, Object> entry : values.entrySet()) {
            columns.add(entry.getKey().databaseName());
            row.add(writeExpr(entry.getKey(), entry.getValue()));
        }
        Insert insert = new Insert(ctx.table(model, null), columns);
        if (!columns.isEmpty()) {
            insert.row(row);
        }
        return insert;
    }

    /**
     * Inserts many rows as multi-row INSERTs, consecutive rows with the same columns together, each
     * statement within the bind-parameter limit. Returns the number of rows inserted.
     */
    long insertMany(Model model, List<Map<ScalarField, Object>> rows, boolean skipDuplicates) {
        long count = 0;
        for (Insert insert : batches(model, rows, skipDuplicates)) {
            count += ctx.execute(insert);
        }
        return count;
    }

    List<Insert> batches(Model model, List<Map<ScalarField, Object>> rows, boolean skipDuplicates) {
        List<Insert> inserts = new ArrayList<>();
        int limit = ctx.writer.maxBindParameters();
        int i = 0;
        while (i < rows.size()) {
            List<ScalarField> fields = new ArrayList<>(rows.get(i).keySet());
            int perRow = Math.max(1, fields.size());
            int maxRows = Math.max(1, limit / perRow);
            Insert insert = new Insert(ctx.table(model, null), fields.stream().map(ScalarField::databaseName).toList());
            if (skipDuplicates) {
                insert.onConflict(new Insert.DoNothing());
            }
            int added = 0;
            while (i < rows.size() && added < maxRows && sameColumns(rows.get(i), fields)) {
                List<Expr> row = new ArrayList<>();
                for (ScalarField field : fields) {
                    row.add(writeExpr(field, rows.get(i).get(field)));
                }
                if (!fields.isEmpty()) {
                    insert.row(row);
                }
                added++;
                i++;
                if (fields.isEmpty()) {
                    break;
                }
            }
            inserts.add(insert);
        }
        return inserts;
    }

    private static boolean sameColumns(Map<ScalarField, Object> row, List<ScalarField> fields) {
        if (row.size() != fields.size()) {
            return false;
        }
        int k = 0;
        for (ScalarField field : row.keySet()) {
            if (field != fields.get(k++)) {
                return false;
            }
        }
        return true;
    }

    /** The SQL expression writing a value to a field (lists as arrays, enums by database name, Json as JSON). */
    Expr writeExpr(ScalarField field, Object value) {
        if (field.isList() && value != null) {
            return ctx.flavour.listParam(field, ctx.flavour.bindValue(field, value));
        }
        return ctx.flavour.value(field, value);
    }

    // ---- update ----

    /** {@code "col" = value} for each scalar write, {@code @updatedAt} added when anything changes. */
    List<Map.Entry<ScalarField, Expr>> assignments(Model model, WriteData data, String qualifier) {
        List<Map.Entry<ScalarField, Expr>> assignments = new ArrayList<>();
        for (Map.Entry<ScalarField, WriteData.ScalarWrite> entry : data.scalars().entrySet()) {
            ScalarField field = entry.getKey();
            Expr column = new Expr.Column(qualifier, field.databaseName());
            WriteData.ScalarWrite write = entry.getValue();
            Expr value;
            if (write instanceof WriteData.Set set) {
                value = writeExpr(field, set.value());
            } else if (write instanceof WriteData.Arithmetic arithmetic) {
                Expr operand = ctx.flavour.value(field, arithmetic.value());
                value = switch (arithmetic.operator()) {
                    case ADD -> Sql.op(column, "+", operand);
                    case SUBTRACT -> Sql.op(column, "-", operand);
                    case MULTIPLY -> Sql.op(column, "*", operand);
                    case DIVIDE -> ctx.flavour.divide(column, operand);
                };
            } else {
                value = ctx.flavour.listPush(column, field, ((WriteData.Push) write).values());
            }
            assignments.add(Map.entry(field, value));
        }
        return assignments;
    }

    void addUpdatedAt(Model model, WriteData data, List<Map.Entry<ScalarField, Expr>> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        for (ScalarField field : ctx.models.scalars(model)) {
            if (field.isUpdatedAt() && !data.scalars().containsKey(field)
                    && assignments.stream().noneMatch(a -> a.getKey() == field)) {
                assignments.add(Map.entry(field, ctx.flavour.value(field, ctx.now)));
            }
        }
    }

    /**
     * Updates one record (by its identifier) with scalar and nested writes; returns its identifier after
     * the update (which may have changed it).
     */
    Map<ScalarField, Object> updateRecord(Model model, Map<ScalarField, Object> id, WriteData data) {
        Map<ScalarField, Object> current = id;
        boolean needsCurrent = data.nested().stream().anyMatch(w -> w.field().holdsForeignKey()
                || !Links.of(w.field()).parentFields().stream().allMatch(id::containsKey));
        if (needsCurrent) {
            current = readValues(model, id);
        }
        Map<ScalarField, Object> foreignKeys = new LinkedHashMap<>();
        for (NestedWrite write : data.nested()) {
            if (write.field().holdsForeignKey()) {
                foreignKeys.putAll(nested.inlined(model, write, current));
            }
        }
        List<Map.Entry<ScalarField, Expr>> assignments = assignments(model, data, null);
        for (Map.Entry<ScalarField, Object> fk : foreignKeys.entrySet()) {
            assignments.add(Map.entry(fk.getKey(), ctx.flavour.value(fk.getKey(), fk.getValue())));
        }
        addUpdatedAt(model, data, assignments);
        Map<ScalarField, Object> record = new LinkedHashMap<>(current);
        if (!assignments.isEmpty()) {
            Update update = new Update(ctx.table(model, null));
            assignments.forEach(a -> update.set(a.getKey().databaseName(), a.getValue()));
            update.where(idCondition(model, model.databaseName(), List.of(id)));
            ctx.execute(update);
            for (Map.Entry<ScalarField, WriteData.ScalarWrite> entry : data.scalars().entrySet()) {
                if (entry.getValue() instanceof WriteData.Set set) {
                    record.put(entry.getKey(), set.value());
                } else {
                    record.remove(entry.getKey());
                }
            }
            record.putAll(foreignKeys);
        }
        for (NestedWrite write : data.nested()) {
            if (!write.field().holdsForeignKey()) {
                nested.apply(model, record, write, false);
            }
        }
        return identifier(model, record);
    }

    /** Every scalar column of one record (by identifier). */
    Map<ScalarField, Object> readValues(Model model, Map<ScalarField, Object> id) {
        List<Map<ScalarField, Object>> rows = select(model, idCondition(model, "r", List.of(id)), "r",
                ctx.models.writable(model), null);
        if (rows.isEmpty()) {
            throw QueryErrors.recordNotFound(ctx.rootModel, "an update");
        }
        return rows.get(0);
    }

    // ---- finding ----

    /** The identifiers of the records matching a filter (at most {@code limit}). */
    List<Map<ScalarField, Object>> ids(Model model, Filter filter, Long limit) {
        String alias = ctx.alias();
        return select(model, filters.render(model, alias, filter), alias, model.primaryIdentifier(), limit);
    }

    /** Rows of the given columns of the records matching a condition on {@code alias}. */
    List<Map<ScalarField, Object>> select(Model model, Expr condition, String alias, List<ScalarField> columns,
                                          Long limit) {
        Select select = Select.from(ctx.table(model, alias));
        for (ScalarField field : columns) {
            select.item(Ctx.column(alias, field));
        }
        select.where(condition);
        if (limit != null) {
            select.limit(Sql.param(limit));
        }
        List<Map<ScalarField, Object>> rows = new ArrayList<>();
        for (Object[] raw : ctx.query(select, columns.stream().map(ColumnType::of).toList())) {
            Map<ScalarField, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), raw[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** {@code pk = ...} for one identifier, {@code pk IN (...)} (or tuples) for several. */
    Expr idCondition(Model model, String alias, List<Map<ScalarField, Object>> ids) {
        List<ScalarField> fields = model.primaryIdentifier();
        if (ids.size() == 1) {
            List<Expr> parts = new ArrayList<>();
            for (ScalarField field : fields) {
                parts.add(Sql.eq(new Expr.Column(alias, field.databaseName()),
                        ctx.flavour.value(field, ids.get(0).get(field))));
            }
            return Sql.and(parts);
        }
        List<Object> keys = new ArrayList<>();
        for (Map<ScalarField, Object> id : ids) {
            keys.add(fields.size() == 1 ? id.get(fields.get(0)) : fields.stream().map(id::get).toList());
        }
        return reads.inKeys(alias, fields, keys);
    }

    static Map<ScalarField, Object> identifier(Model model, Map<ScalarField, Object> record) {
        Map<ScalarField, Object> id = new LinkedHashMap<>();
        for (ScalarField field : model.primaryIdentifier()) {
            id.put(field, record.get(field));
        }
        return id;
    }

    /** The filter selecting one record by its identifier values. */
    static Filter idFilter(Model model, Map<ScalarField, Object> record) {
        List<Filter> parts = new ArrayList<>();
        for (ScalarField field : model.primaryIdentifier()) {
            Object value = record.get(field);
            parts.add(new Filter.Scalar(field, value == null ? new Condition.IsNull(false)
                    : new Condition.Compare(Condition.Op.EQUALS, value, false)));
        }
        return Filter.and(parts);
    }

    /** Reads a written record back with the requested selection. */
    Map<String, Object> readBack(Model model, Map<ScalarField, Object> record, Selection selection) {
        Row row = reads.unique(model, idFilter(model, record), selection);
        return row == null ? null : Results.toMap(row, selection);
    }

    // ---- delete ----

    /** Deletes records by identifier, emulating referential actions first when prisma keeps relations. */
    long deleteRecords(Model model, List<Map<ScalarField, Object>> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        referential.beforeDelete(model, ids);
        long count = 0;
        int batch = Math.max(1, ctx.batchSize() / Math.max(1, model.primaryIdentifier().size()));
        for (int start = 0; start < ids.size(); start += batch) {
            List<Map<ScalarField, Object>> chunk = ids.subList(start, Math.min(ids.size(), start + batch));
            io.prisma4j.sql.ast.Delete delete = new io.prisma4j.sql.ast.Delete(ctx.table(model, null));
            delete.where(idCondition(model, model.databaseName(), chunk));
            count += ctx.execute(delete);
        }
        return count;
    }

    /** Whether a relation field's model is the parent in a nested write context. */
    static boolean isRequired(List<ScalarField> fields) {
        return fields.stream().anyMatch(ScalarField::isRequired);
    }

    RelationField related(RelationField field) {
        return field.opposite().orElseThrow();
    }
}
