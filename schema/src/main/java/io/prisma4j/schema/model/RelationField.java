package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;

import java.util.List;
import java.util.Optional;

/**
 * One side of a {@link Relation}. The side that writes {@code @relation(fields: [...], references: [...])}
 * holds the foreign key; the other side is the back-relation field.
 */
public final class RelationField extends Field {
    private final String typeName;
    private final String explicitRelationName;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;
    private final String foreignKeyName;
    List<ScalarField> fields = List.of();
    List<ScalarField> references = List.of();
    Model relatedModel;
    Relation relation;

    RelationField(String name, FieldArity arity, String documentation, boolean ignored, Span span, String typeName,
                  String explicitRelationName, ReferentialAction onDelete, ReferentialAction onUpdate,
                  String foreignKeyName) {
        super(name, arity, documentation, ignored, span);
        this.typeName = typeName;
        this.explicitRelationName = explicitRelationName;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
        this.foreignKeyName = foreignKeyName;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    /** The model on the other end. */
    public Model relatedModel() {
        return relatedModel;
    }

    public Relation relation() {
        return relation;
    }

    /** The field on the other end, or empty when the relation is one-sided (only possible on MongoDB ids). */
    public Optional<RelationField> opposite() {
        return Optional.ofNullable(relation.opposite(this));
    }

    /** The relation name written in {@code @relation("...")}, if any. */
    public Optional<String> explicitRelationName() {
        return Optional.ofNullable(explicitRelationName);
    }

    /** {@code fields: [...]}: the local scalar fields holding the foreign key (empty on the back side). */
    public List<ScalarField> fields() {
        return fields;
    }

    /** {@code references: [...]}: the referenced fields on {@link #relatedModel()}. */
    public List<ScalarField> references() {
        return references;
    }

    /** Whether this side holds the foreign key ({@code fields} is not empty). */
    public boolean holdsForeignKey() {
        return !fields.isEmpty();
    }

    /**
     * Whether a record on this side must reference one on the other: required when any foreign key
     * field is required, else the relation field's own arity. It decides the default {@code onDelete}.
     */
    public FieldArity referentialArity() {
        return fields.stream().anyMatch(Field::isRequired) ? FieldArity.REQUIRED : arity();
    }

    /** {@code onDelete:} as written, or empty. See {@link Relation#onDelete()} for the effective action. */
    public Optional<ReferentialAction> explicitOnDelete() {
        return Optional.ofNullable(onDelete);
    }

    /** {@code onUpdate:} as written, or empty. See {@link Relation#onUpdate()} for the effective action. */
    public Optional<ReferentialAction> explicitOnUpdate() {
        return Optional.ofNullable(onUpdate);
    }

    /** {@code map:} of {@code @relation}: the foreign key constraint's name, if given. */
    public Optional<String> explicitForeignKeyName() {
        return Optional.ofNullable(foreignKeyName);
    }
}
