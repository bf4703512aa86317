package io.prisma4j.query.sql;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.NestedWrite;
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
 * Nested relation writes inside a create or update. Writes on a relation whose foreign key is on the
 * record being written ("inlined") run before it is inserted or updated and yield foreign-key values;
 * the others run after, with the record's key.
 */
final class NestedWrites {
    private final Writes writes;
    private final Ctx ctx;

    NestedWrites(Writes writes) {
        this.writes = writes;
        this.ctx = writes.ctx;
    }

    // ---- foreign key on the record being written ----

    /** Runs a nested write on an inlined relation; returns the foreign-key values to store. */
    Map<ScalarField, Object> inlined(Model model, NestedWrite write, Map<ScalarField, Object> current) {
        RelationField field = write.field();
        Model related = field.relatedModel();
        Map<ScalarField, Object> none = Map.of();
        if (write instanceof NestedWrite.Create create) {
            return foreignKey(field, writes.createRecord(related, create.items().get(0), Map.of()));
        }
        if (write instanceof NestedWrite.Connect connect) {
            return foreignKey(field, findForInline(model, field, connect.wheres().get(0), "a nested connect"));
        }
        if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            NestedWrite.WhereAndCreate item = connectOrCreate.items().get(0);
            List<Map<ScalarField, Object>> found = find(related, item.where(), field.references());
            return foreignKey(field, found.isEmpty() ? writes.createRecord(related, item.create(), Map.of()) : found.get(0));
        }
        if (current == null) {
            return none;
        }
        Expr linked = linkedByForeignKey(field, current, "n");
        if (linked == null) {
            if (write instanceof NestedWrite.Upsert upsert) {
                return foreignKey(field, writes.createRecord(related, upsert.items().get(0).create(), Map.of()));
            }
            if (write instanceof NestedWrite.Disconnect) {
                return none;
            }
            throw QueryErrors.nestedRecordNotFound(ctx.rootModel, field, operationName(write), null);
        }
        if (write instanceof NestedWrite.Disconnect disconnect) {
            Filter filter = disconnect.wheres().get(0);
            if (!isAll(filter) && writes.select(related, Sql.and(linked, render(related, "n", filter)), "n",
                    related.primaryIdentifier(), 1L).isEmpty()) {
                return none;
            }
            Map<ScalarField, Object> nulls = new LinkedHashMap<>();
            field.fields().forEach(f -> nulls.put(f, null));
            return nulls;
        }
        if (write instanceof NestedWrite.Delete delete) {
            List<Map<ScalarField, Object>> ids = writes.select(related,
                    Sql.and(linked, orTrue(render(related, "n", delete.wheres().get(0)))), "n",
                    related.primaryIdentifier(), 1L);
            if (ids.isEmpty()) {
                throw QueryErrors.nestedRecordNotFound(ctx.rootModel, field, "a nested delete", null);
            }
            writes.deleteRecords(related, ids);
            return none;
        }
        if (write instanceof NestedWrite.Update update) {
            NestedWrite.WhereAndData item = update.items().get(0);
            List<Map<ScalarField, Object>> ids = writes.select(related,
                    Sql.and(linked, orTrue(render(related, "n", item.where()))), "n", related.primaryIdentifier(), 1L);
            if (ids.isEmpty()) {
                throw QueryErrors.nestedRecordNotFound(ctx.rootModel, field, "a nested update", null);
            }
            writes.updateRecord(related, ids.get(0), item.data());
            return none;
        }
        if (write instanceof NestedWrite.Upsert upsert) {
            NestedWrite.UpsertItem item = upsert.items().get(0);
            List<Map<ScalarField, Object>> ids = writes.select(related,
                    Sql.and(linked, orTrue(render(related, "n", item.where()))), "n", related.primaryIdentifier(), 1L);
            if (!ids.isEmpty()) {
                writes.updateRecord(related, ids.get(0), item.update());
                return none;
            }
            return foreignKey(field, writes.createRecord(related, item.create(), Map.of()));
        }
        throw new IllegalStateException("unexpected nested write " + write + " on " + field);
    }

    private Map<ScalarField, Object> findForInline(Model model, RelationField field, Filter where, String operation) {
        List<Map<ScalarField, Object>> found = find(field.relatedModel(), where, field.references());
        if (found.isEmpty()) {
            throw QueryErrors.nestedRecordNotFound(ctx.rootModel, field, operation,
                    "inline the relation on '" + model.name() + "' record(s)");
        }
        return found.get(0);
    }

    private List<Map<ScalarField, Object>> find(Model model, Filter where, List<ScalarField> columns) {
        String alias = ctx.alias();
        return writes.select(model, render(model, alias, where), alias, columns, 1L);
    }

    /** The foreign-key values pointing at a related record. */
    private Map<ScalarField, Object> foreignKey(RelationField field, Map<ScalarField, Object> related) {
        Map<ScalarField, Object> values = new LinkedHashMap<>();
        List<ScalarField> references = field.references();
        Map<ScalarField, Object> source = related;
        if (!references.stream().allMatch(related::containsKey)) {
            source = writes.readValues(field.relatedModel(), Writes.identifier(field.relatedModel(), related));
        }
        for (int i = 0; i < field.fields().size(); i++) {
            values.put(field.fields().get(i), source.get(references.get(i)));
        }
        return values;
    }

    /** {@code related.ref = current fk}, or null when the record links to nothing. */
    private Expr linkedByForeignKey(RelationField field, Map<ScalarField, Object> current, String alias) {
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < field.fields().size(); i++) {
            Object value = current.get(field.fields().get(i));
            if (value == null) {
                return null;
            }
            ScalarField reference = field.references().get(i);
            parts.add(Sql.eq(Ctx.column(alias, reference), ctx.flavour.value(reference, value)));
        }
        return Sql.and(parts);
    }

    // ---- foreign key on the related records (or a join table) ----

    /** Runs a nested write whose related records hold the key (or many-to-many). */
    void apply(Model model, Map<ScalarField, Object> record, NestedWrite write, boolean creating) {
        RelationField field = write.field();
        Links links = Links.of(field);
        Model child = field.relatedModel();
        Map<ScalarField, Object> inherited = inherited(links, record);
        if (write instanceof NestedWrite.Create create) {
            List<WriteData> plain = new ArrayList<>();
            List<WriteData> withNested = new ArrayList<>();
            for (WriteData item : create.items()) {
                (item.hasNestedWrites() || links.isManyToMany() ? withNested : plain).add(item);
            }
            // Prisma inserts the records without nested writes first, in order, then the others last one first.
            if (plain.size() > 1) {
                List<Map<ScalarField, Object>> rows = new ArrayList<>();
                for (WriteData item : plain) {
                    rows.add(RecordValues.forCreate(ctx, child, item, inherited));
                }
                writes.insertMany(child, rows, false);
            } else if (plain.size() == 1) {
                writes.createRecord(child, plain.get(0), inherited);
            }
            List<WriteData> ordered = new ArrayList<>(withNested);
            if (!links.isManyToMany()) {
                java.util.Collections.reverse(ordered);
            }
            for (WriteData item : ordered) {
                Map<ScalarField, Object> created = writes.createRecord(child, item, inherited);
                if (links.isManyToMany()) {
                    insertJoinRows(links, record, List.of(created));
                }
            }
        } else if (write instanceof NestedWrite.CreateMany createMany) {
            List<Map<ScalarField, Object>> rows = new ArrayList<>();
            for (WriteData item : createMany.rows()) {
                rows.add(RecordValues.forCreate(ctx, child, item, inherited));
            }
            writes.insertMany(child, rows, createMany.skipDuplicates());
        } else if (write instanceof NestedWrite.Connect connect) {
            connect(model, record, links, connect.wheres(), creating);
        } else if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            for (NestedWrite.WhereAndCreate item : connectOrCreate.items()) {
                List<Map<ScalarField, Object>> found = writes.ids(child, item.where(), 1L);
                if (!found.isEmpty()) {
                    link(model, record, links, found, creating);
                } else {
                    Map<ScalarField, Object> created = writes.createRecord(child, item.create(), inherited);
                    if (links.isManyToMany()) {
                        insertJoinRows(links, record, List.of(created));
                    }
                }
            }
        } else if (write instanceof NestedWrite.Disconnect disconnect) {
            for (Filter where : disconnect.wheres()) {
                disconnect(record, links, where);
            }
        } else if (write instanceof NestedWrite.Set set) {
            if (links.isManyToMany()) {
                ctx.execute(new io.prisma4j.sql.ast.Delete(Sql.table(links.joinTable(), null))
                        .where(Sql.eq(Sql.column(null, links.ownColumn()),
                                ctx.flavour.value(links.parentFields().get(0), record.get(links.parentFields().get(0))))));
            } else {
                requireOptional(model, links);
                Update update = new Update(ctx.table(child, null));
                links.childFields().forEach(f -> update.set(f.databaseName(), Sql.NULL));
                update.where(linked(links, record, child.databaseName()));
                ctx.execute(update);
            }
            connect(model, record, links, set.wheres(), creating);
        } else if (write instanceof NestedWrite.Update update) {
            for (NestedWrite.WhereAndData item : update.items()) {
                List<Map<ScalarField, Object>> ids = linkedIds(links, record, item.where(), 1L);
                if (ids.isEmpty()) {
                    throw QueryErrors.nestedRecordNotFound(ctx.rootModel, field, "a nested update", null);
                }
                writes.updateRecord(child, ids.get(0), item.data());
            }
        } else if (write instanceof NestedWrite.UpdateMany updateMany) {
            for (NestedWrite.WhereAndData item : updateMany.items()) {
                List<Map<ScalarField, Object>> ids = linkedIds(links, record, item.where(), null);
                if (ids.isEmpty()) {
                    continue;
                }
                List<Map.Entry<ScalarField, Expr>> assignments = writes.assignments(child, item.data(), null);
                writes.addUpdatedAt(child, item.data(), assignments);
                if (assignments.isEmpty()) {
                    continue;
                }
                Update sql = new Update(ctx.table(child, null));
                assignments.forEach(a -> sql.set(a.getKey().databaseName(), a.getValue()));
                sql.where(writes.idCondition(child, child.databaseName(), ids));
                ctx.execute(sql);
            }
        } else if (write instanceof NestedWrite.Upsert upsert) {
            for (NestedWrite.UpsertItem item : upsert.items()) {
                List<Map<ScalarField, Object>> ids = linkedIds(links, record, item.where(), 1L);
                if (!ids.isEmpty()) {
                    writes.updateRecord(child, ids.get(0), item.update());
                } else {
                    Map<ScalarField, Object> created = writes.createRecord(child, item.create(), inherited);
                    if (links.isManyToMany()) {
                        insertJoinRows(links, record, List.of(created));
                    }
                }
            }
        } else if (write instanceof NestedWrite.Delete delete) {
            for (Filter where : delete.wheres()) {
                List<Map<ScalarField, Object>> ids = linkedIds(links, record, where, 1L);
                if (ids.isEmpty()) {
                    throw QueryErrors.nestedRecordNotFound(ctx.rootModel, field, "a nested delete", null);
                }
                writes.deleteRecords(child, ids);
            }
        } else if (write instanceof NestedWrite.DeleteMany deleteMany) {
            for (Filter where : deleteMany.wheres()) {
                writes.deleteRecords(child, linkedIds(links, record, where, null));
            }
        }
    }

    private void connect(Model model, Map<ScalarField, Object> record, Links links, List<Filter> wheres,
                         boolean creating) {
        if (wheres.isEmpty()) {
            return;
        }
        Model child = links.childModel();
        List<Map<ScalarField, Object>> found = new ArrayList<>();
        for (Filter where : wheres) {
            List<Map<ScalarField, Object>> ids = writes.ids(child, where, 1L);
            if (ids.isEmpty() && !links.field().isList()) {
                throw QueryErrors.nestedRecordNotFound(ctx.rootModel, links.field(), "a nested connect", null);
            }
            found.addAll(ids);
        }
        if (found.size() < wheres.size()) {
            throw QueryErrors.connectCountMismatch(ctx.rootModel, wheres.size(), found.size());
        }
        link(model, record, links, found, creating);
    }

    /** Links existing child records (by identifier) to the parent record. */
    private void link(Model model, Map<ScalarField, Object> record, Links links, List<Map<ScalarField, Object>> childIds,
                      boolean creating) {
        Model child = links.childModel();
        if (links.isManyToMany()) {
            insertJoinRows(links, record, childIds);
            return;
        }
        if (!links.field().isList() && !creating) {
            // A one-to-one parent keeps one child: the one it had is disconnected first.
            Expr others = Sql.and(linked(links, record, "o"),
                    Sql.not(writes.idCondition(child, "o", childIds)));
            List<Map<ScalarField, Object>> previous = writes.select(child, others, "o", child.primaryIdentifier(), null);
            if (!previous.isEmpty()) {
                requireOptional(model, links);
                Update update = new Update(ctx.table(child, null));
                links.childFields().forEach(f -> update.set(f.databaseName(), Sql.NULL));
                update.where(writes.idCondition(child, child.databaseName(), previous));
                ctx.execute(update);
            }
        }
        Update update = new Update(ctx.table(child, null));
        Map<ScalarField, Object> inherited = inherited(links, record);
        inherited.forEach((f, v) -> update.set(f.databaseName(), ctx.flavour.value(f, v)));
        update.where(writes.idCondition(child, child.databaseName(), childIds));
        ctx.execute(update);
    }

    private void disconnect(Map<ScalarField, Object> record, Links links, Filter where) {
        Model child = links.childModel();
        if (links.isManyToMany()) {
            String alias = ctx.alias();
            Select children = Select.from(ctx.table(child, alias)).item(Ctx.column(alias, links.childFields().get(0)));
            children.where(render(child, alias, where));
            ctx.execute(new io.prisma4j.sql.ast.Delete(Sql.table(links.joinTable(), null))
                    .where(Sql.eq(Sql.column(null, links.ownColumn()),
                            ctx.flavour.value(links.parentFields().get(0), record.get(links.parentFields().get(0)))))
                    .where(new Expr.InSelect(Sql.column(null, links.otherColumn()), children, false)));
            return;
        }
        requireOptional(links.field().model(), links);
        Update update = new Update(ctx.table(child, null));
        links.childFields().forEach(f -> update.set(f.databaseName(), Sql.NULL));
        update.where(linked(links, record, child.databaseName()));
        Expr condition = render(child, child.databaseName(), where);
        if (condition != null) {
            update.where(condition);
        }
        ctx.execute(update);
    }

    /** P2014 when the children's foreign key is required, so they cannot be left without a parent. */
    private void requireOptional(Model model, Links links) {
        if (Writes.isRequired(links.childFields())) {
            throw QueryErrors.requiredRelationViolation(ctx.rootModel, links.field().relation());
        }
    }

    private void insertJoinRows(Links links, Map<ScalarField, Object> record, List<Map<ScalarField, Object>> children) {
        ScalarField parentId = links.parentFields().get(0);
        ScalarField childId = links.childFields().get(0);
        boolean ownIsA = links.ownColumn().equals("A");
        Insert insert = new Insert(Sql.table(links.joinTable(), null), List.of("A", "B"));
        for (Map<ScalarField, Object> child : children) {
            Expr own = ctx.flavour.value(parentId, record.get(parentId));
            Expr other = ctx.flavour.value(childId, child.get(childId));
            insert.row(ownIsA ? List.of(own, other) : List.of(other, own));
        }
        insert.onConflict(new Insert.DoNothing());
        ctx.execute(insert);
    }

    /** The child-side foreign-key values pointing at the parent (none for many-to-many). */
    private static Map<ScalarField, Object> inherited(Links links, Map<ScalarField, Object> record) {
        Map<ScalarField, Object> values = new LinkedHashMap<>();
        if (!links.isManyToMany()) {
            for (int i = 0; i < links.childFields().size(); i++) {
                values.put(links.childFields().get(i), record.get(links.parentFields().get(i)));
            }
        }
        return values;
    }

    /** Children linked to the parent record, on alias {@code alias}. */
    private Expr linked(Links links, Map<ScalarField, Object> record, String alias) {
        Model child = links.childModel();
        if (links.isManyToMany()) {
            String joinAlias = ctx.alias();
            ScalarField parentId = links.parentFields().get(0);
            Select joined = Select.from(Sql.table(links.joinTable(), joinAlias))
                    .item(Sql.column(joinAlias, links.otherColumn()))
                    .where(Sql.eq(Sql.column(joinAlias, links.ownColumn()), ctx.flavour.value(parentId, record.get(parentId))));
            return new Expr.InSelect(Ctx.column(alias, links.childFields().get(0)), joined, false);
        }
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < links.childFields().size(); i++) {
            ScalarField childField = links.childFields().get(i);
            parts.add(Sql.eq(Ctx.column(alias, childField),
                    ctx.flavour.value(childField, record.get(links.parentFields().get(i)))));
        }
        return Sql.and(parts);
    }

    private List<Map<ScalarField, Object>> linkedIds(Links links, Map<ScalarField, Object> record, Filter where,
                                                      Long limit) {
        Model child = links.childModel();
        String alias = ctx.alias();
        Expr condition = linked(links, record, alias);
        Expr filter = render(child, alias, where);
        return writes.select(child, filter == null ? condition : Sql.and(condition, filter), alias,
                child.primaryIdentifier(), limit);
    }

    private Expr render(Model model, String alias, Filter filter) {
        return writes.filters.render(model, alias, filter);
    }

    private static Expr orTrue(Expr expr) {
        return expr == null ? Sql.TRUE : expr;
    }

    private static boolean isAll(Filter filter) {
        return filter instanceof Filter.Const c && c.value();
    }

    private static String operationName(NestedWrite write) {
        if (write instanceof NestedWrite.Update) {
            return "a nested update";
        }
        if (write instanceof NestedWrite.Delete) {
            return "a nested delete";
        }
        return "a nested write";
    }
}
