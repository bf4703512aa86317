package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.FieldArity;

import java.util.List;
import java.util.Objects;

/**
 * Fourth pass: pairs relation fields into relations and decides each relation's kind, as Prisma infers
 * them. Every relation field is looked at in schema order; a relation is created from one of its
 * fields only (the forward side, or for many-to-many the side on the first model by name).
 */
final class RelationsPass {
    private final SchemaDb db;

    private RelationsPass(SchemaDb db) {
        this.db = db;
    }

    static void run(SchemaDb db) {
        new RelationsPass(db).run();
    }

    private void run() {
        for (RelationFieldInfo field : db.relationFields) {
            ingest(field, opposite(field));
        }
    }

    /** The first field of the related model pointing back with the same relation name (not itself). */
    private RelationFieldInfo opposite(RelationFieldInfo field) {
        boolean selfRelation = field.model() == field.relatedModel();
        for (RelationFieldInfo candidate : field.relatedModel().relationFields()) {
            if (candidate.relatedModel() != field.model() || (selfRelation && candidate == field)) {
                continue;
            }
            if (Objects.equals(candidate.relationName, field.relationName)) {
                return candidate;
            }
        }
        return null;
    }

    private void ingest(RelationFieldInfo field, RelationFieldInfo opposite) {
        FieldArity arity = field.arity();
        String modelName = field.model().name();
        String oppositeModelName = field.relatedModel().name();
        RelationInfo.Kind kind;
        RelationFieldInfo fieldA = field;
        RelationFieldInfo fieldB = opposite;
        if (opposite != null && arity.isList() && opposite.arity().isList()) {
            // Many-to-many: met twice, created from the side on the model (then field) first by name.
            if (modelName.compareTo(oppositeModelName) > 0) {
                return;
            }
            if (field.model() == field.relatedModel() && field.name().compareTo(opposite.name()) > 0) {
                return;
            }
            boolean embedded = field.fields != null || opposite.fields != null;
            kind = embedded ? RelationInfo.Kind.TWO_WAY_EMBEDDED_MANY_TO_MANY : RelationInfo.Kind.IMPLICIT_MANY_TO_MANY;
        } else if (opposite != null && arity.isRequired() && opposite.arity().isOptional()) {
            kind = RelationInfo.Kind.ONE_TO_ONE;
        } else if (opposite != null && arity.isRequired() && opposite.arity().isRequired()) {
            // Required on both sides: rejected later; which side is A does not matter.
            if (firstByName(field, opposite) > 0) {
                return;
            }
            kind = RelationInfo.Kind.ONE_TO_ONE;
        } else if (opposite != null && arity.isOptional() && opposite.arity().isRequired()) {
            return;
        } else if (opposite != null && arity.isOptional() && opposite.arity().isOptional()) {
            if (field.fields == null) {
                if (opposite.fields != null || firstByName(field, opposite) > 0) {
                    return;
                }
            }
            kind = RelationInfo.Kind.ONE_TO_ONE;
        } else if (arity.isList()) {
            if (opposite != null) {
                return;
            }
            // Only the back side exists: the relation's model A is the model it points to.
            add(RelationInfo.Kind.ONE_TO_MANY, field.relatedModel(), field.model(), null, field);
            return;
        } else if (opposite != null) {
            kind = RelationInfo.Kind.ONE_TO_MANY;
        } else {
            fieldB = null;
            kind = field.fields != null && uniqueOn(field) ? RelationInfo.Kind.ONE_TO_ONE
                    : RelationInfo.Kind.ONE_TO_MANY;
        }
        add(kind, field.model(), field.relatedModel(), fieldA, fieldB);
    }

    /** Compares (model name, field name) of the two sides. */
    private static int firstByName(RelationFieldInfo field, RelationFieldInfo opposite) {
        int byModel = field.model().name().compareTo(opposite.model().name());
        return byModel != 0 ? byModel : field.name().compareTo(opposite.name());
    }

    /** Whether a unique index covers exactly the field's {@code fields:}, in order. */
    private static boolean uniqueOn(RelationFieldInfo field) {
        for (IndexInfo index : field.model().indexes) {
            if (!index.isUnique() || index.fields.size() != field.fields.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < index.fields.size(); i++) {
                if (index.fields.get(i).field() != field.fields.get(i)) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private void add(RelationInfo.Kind kind, ModelInfo modelA, ModelInfo modelB, RelationFieldInfo fieldA,
                     RelationFieldInfo fieldB) {
        RelationFieldInfo source = fieldA != null ? fieldA : fieldB;
        RelationInfo relation = new RelationInfo(db.relations.size(), kind, modelA, modelB, fieldA, fieldB,
                source.relationName);
        db.relations.add(relation);
        for (RelationFieldInfo field : List.of(fieldA == null ? fieldB : fieldA, fieldB == null ? fieldA : fieldB)) {
            if (field != null && field.relation == null) {
                field.relation = relation;
            }
        }
    }
}
