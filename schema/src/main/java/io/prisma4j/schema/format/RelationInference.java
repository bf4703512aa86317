package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs relation fields into relations the way Prisma's parser database does, visiting every relation
 * field in declaration order and creating each relation once: from its forward side when there is one,
 * from a lone list field otherwise (a one-sided list is the back side of a one-to-many whose forward
 * side is missing). Many-to-many relations are recognised and skipped, since the repairs leave them
 * alone. The order of the result is the order in which Prisma creates the relations, which decides the
 * order of the fields the repairs add.
 */
final class RelationInference {
    private final SchemaIndex index;
    private final List<RelationField> relationFields = new ArrayList<>();

    private RelationInference(SchemaIndex index) {
        this.index = index;
        for (Top.ModelBlock model : index.models()) {
            for (BlockItem.Field field : model.fields().toList()) {
                if (index.isRelation(field.type())) {
                    Top.ModelBlock target = index.model(field.type().name()).orElseThrow();
                    relationFields.add(RelationField.of(model, field, target));
                }
            }
        }
    }

    static List<InlineRelation> inlineRelations(SchemaIndex index) {
        RelationInference inference = new RelationInference(index);
        List<InlineRelation> relations = new ArrayList<>();
        for (RelationField field : inference.relationFields) {
            InlineRelation relation = inference.ingest(field);
            if (relation != null) {
                relations.add(relation);
            }
        }
        return relations;
    }

    /** The first field of the target model that points back here under the same relation name. */
    private RelationField opposite(RelationField field) {
        for (RelationField candidate : relationFields) {
            if (candidate.model() == field.target() && candidate.target() == field.model()
                    && !(field.isSelfRelation() && candidate.field() == field.field())
                    && Objects.equals(candidate.name(), field.name())) {
                return candidate;
            }
        }
        return null;
    }

    /** The relation this field creates, or {@code null} when it is created from the other side (or is m:n). */
    private InlineRelation ingest(RelationField field) {
        RelationField opposite = opposite(field);
        FieldArity arity = field.field().arity();
        if (opposite == null) {
            if (arity.isList()) {
                // Back side only: the model without a field becomes the referencing model.
                return new InlineRelation(false, field.target(), field.model(), null, field);
            }
            boolean oneToOne = field.fields() != null && fieldsAreUnique(field.model(), field.fields());
            return new InlineRelation(oneToOne, field.model(), field.target(), field, null);
        }
        FieldArity other = opposite.field().arity();
        if (arity.isList()) {
            // m:n when both are lists; otherwise the virtual side of a 1:m, created from the other field.
            return null;
        }
        if (arity.isRequired() && other.isOptional()) {
            return new InlineRelation(true, field.model(), field.target(), field, opposite);
        }
        if (arity.isRequired() && other.isRequired()) {
            return comesFirst(field, opposite)
                    ? new InlineRelation(true, field.model(), field.target(), field, opposite) : null;
        }
        if (arity.isOptional() && other.isRequired()) {
            return null;
        }
        if (arity.isOptional() && other.isOptional()) {
            if (field.fields() != null) {
                return new InlineRelation(true, field.model(), field.target(), field, opposite);
            }
            if (opposite.fields() == null && comesFirst(field, opposite)) {
                return new InlineRelation(true, field.model(), field.target(), field, opposite);
            }
            return null;
        }
        // A single field against a list: one-to-many defined on both sides.
        return new InlineRelation(false, field.model(), field.target(), field, opposite);
    }

    /** Prisma's tie-break between two sides: model name, then field name, lexicographically. */
    private static boolean comesFirst(RelationField field, RelationField opposite) {
        int byModel = field.model().name().name().compareTo(opposite.model().name().name());
        if (byModel != 0) {
            return byModel < 0;
        }
        return field.fieldName().compareTo(opposite.fieldName()) <= 0;
    }

    /** Whether a field-level {@code @unique} or a {@code @@unique} covers exactly these fields, in order. */
    private boolean fieldsAreUnique(Top.ModelBlock model, List<String> fields) {
        for (List<String> unique : UniqueCriteria.uniqueIndexes(index, model)) {
            if (unique.equals(fields)) {
                return true;
            }
        }
        return false;
    }
}
