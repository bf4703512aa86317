package io.prisma4j.query.sql;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.model.Relation;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.RelationMode;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * With {@code relationMode = "prisma"} the database has no foreign keys, so the engine enforces
 * {@code onDelete} itself before deleting: Cascade deletes the referencing records, SetNull and
 * SetDefault rewrite their keys, Restrict and NoAction fail with P2014 when any exist. Join rows of
 * implicit many-to-many relations go with the record.
 */
final class ReferentialActions {
    private final Writes writes;
    private final Ctx ctx;

    ReferentialActions(Writes writes) {
        this.writes = writes;
        this.ctx = writes.ctx;
    }

    void beforeDelete(Model model, List<Map<ScalarField, Object>> ids) {
        if (ctx.dataModel.relationMode() != RelationMode.PRISMA) {
            return;
        }
        for (Relation relation : ctx.dataModel.relations()) {
            if (relation.isManyToMany()) {
                deleteJoinRows(model, relation, ids);
                continue;
            }
            if (relation.referencedModel() != model) {
                continue;
            }
            RelationField referencing = relation.referencingField();
            Model child = referencing.model();
            List<Map<ScalarField, Object>> parents = writes.select(model,
                    writes.idCondition(model, "p", ids), "p", referencing.references(), null);
            if (parents.isEmpty()) {
                continue;
            }
            String alias = ctx.alias();
            Expr children = childrenOf(alias, referencing, parents);
            switch (relation.onDelete()) {
                case CASCADE -> writes.deleteRecords(child,
                        writes.select(child, children, alias, child.primaryIdentifier(), null));
                case SET_NULL, SET_DEFAULT -> {
                    Update update = new Update(ctx.table(child, null));
                    for (ScalarField fk : referencing.fields()) {
                        Object value = relation.onDelete() == ReferentialAction.SET_DEFAULT && fk.defaultValue().isPresent()
                                && fk.defaultValue().get().isValue() ? RecordValues.constant(fk, fk.defaultValue().get())
                                : null;
                        update.set(fk.databaseName(), ctx.flavour.value(fk, value));
                    }
                    update.where(childrenOf(child.databaseName(), referencing, parents));
                    ctx.execute(update);
                }
                default -> {
                    if (!writes.select(child, children, alias, child.primaryIdentifier(), 1L).isEmpty()) {
                        throw QueryErrors.requiredRelationViolation(ctx.rootModel, relation);
                    }
                }
            }
        }
    }

    private Expr childrenOf(String alias, RelationField referencing, List<Map<ScalarField, Object>> parents) {
        List<Object> keys = new ArrayList<>();
        for (Map<ScalarField, Object> parent : parents) {
            keys.add(referencing.references().size() == 1 ? parent.get(referencing.references().get(0))
                    : referencing.references().stream().map(parent::get).toList());
        }
        return writes.reads.inKeys(alias, referencing.fields(), keys);
    }

    private void deleteJoinRows(Model model, Relation relation, List<Map<ScalarField, Object>> ids) {
        Relation.JoinTable table = relation.joinTable().orElseThrow();
        for (String column : List.of("A", "B")) {
            Model side = column.equals("A") ? table.modelA() : table.modelB();
            if (side != model) {
                continue;
            }
            ScalarField id = model.primaryIdentifier().get(0);
            List<Expr> values = new ArrayList<>();
            for (Map<ScalarField, Object> row : ids) {
                values.add(ctx.flavour.value(id, row.get(id)));
            }
            ctx.execute(new io.prisma4j.sql.ast.Delete(Sql.table(table.name(), null))
                    .where(new Expr.In(Sql.column(null, column), values, false)));
        }
    }
}
