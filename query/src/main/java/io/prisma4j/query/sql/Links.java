package io.prisma4j.query.sql;

import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.Relation;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * How the records of a relation field's model ("parent") link to the related model ("child"): the
 * parent's fields equal the child's fields, directly or through an implicit many-to-many join table.
 *
 * @param parentFields the linking scalars on the field's own model
 * @param childFields  the linking scalars on the related model
 * @param joinTable    the join table of an implicit many-to-many relation, else {@code null}
 * @param ownColumn    the join table column holding the parent's key ({@code A} or {@code B})
 * @param otherColumn  the join table column holding the child's key
 */
record Links(RelationField field, List<ScalarField> parentFields, List<ScalarField> childFields, String joinTable,
             String ownColumn, String otherColumn) {

    static Links of(RelationField field) {
        Relation relation = field.relation();
        if (relation.isManyToMany()) {
            Relation.JoinTable table = relation.joinTable().orElseThrow();
            boolean isA = relation.fieldA() == field;
            return new Links(field, field.model().primaryIdentifier(), field.relatedModel().primaryIdentifier(),
                    table.name(), isA ? "A" : "B", isA ? "B" : "A");
        }
        if (field.holdsForeignKey()) {
            return new Links(field, field.fields(), field.references(), null, null, null);
        }
        RelationField other = field.opposite().orElseThrow();
        return new Links(field, other.references(), other.fields(), null, null, null);
    }

    boolean isManyToMany() {
        return joinTable != null;
    }

    Model childModel() {
        return field.relatedModel();
    }

    /** {@code child.fk = parent.ref} (not for many-to-many). */
    Expr joinCondition(String parentAlias, String childAlias) {
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < parentFields.size(); i++) {
            parts.add(Sql.eq(Ctx.column(childAlias, childFields.get(i)), Ctx.column(parentAlias, parentFields.get(i))));
        }
        return Sql.and(parts);
    }
}
