package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.model.ReferentialAction;

import java.util.List;

/** A model field whose type is another model. */
public final class RelationFieldInfo extends FieldInfo {
    private final ModelInfo relatedModel;
    ReferentialAction onDelete;
    Span onDeleteSpan;
    ReferentialAction onUpdate;
    Span onUpdateSpan;
    List<ScalarFieldInfo> fields;
    List<ScalarFieldInfo> references;
    String relationName;
    boolean ignored;
    String mappedName;
    Attribute relationAttribute;
    RelationInfo relation;

    RelationFieldInfo(ModelInfo model, BlockItem.Field ast, ModelInfo relatedModel) {
        super(model, ast);
        this.relatedModel = relatedModel;
    }

    public ModelInfo relatedModel() {
        return relatedModel;
    }

    public ReferentialAction explicitOnDelete() {
        return onDelete;
    }

    public Span onDeleteSpan() {
        return onDeleteSpan;
    }

    public ReferentialAction explicitOnUpdate() {
        return onUpdate;
    }

    public Span onUpdateSpan() {
        return onUpdateSpan;
    }

    /** {@code fields: [...]} as written, or {@code null} when absent. */
    public List<ScalarFieldInfo> fields() {
        return fields;
    }

    /** {@code references: [...]} as written, or {@code null} when absent. */
    public List<ScalarFieldInfo> references() {
        return references;
    }

    /** The explicit relation name, or {@code null}. */
    public String explicitRelationName() {
        return relationName;
    }

    /** The relation name: explicit, else the two model names sorted and joined by {@code To}. */
    public String relationName() {
        return relationName != null ? relationName : generatedRelationName(model().name(), relatedModel.name());
    }

    public boolean hasExplicitRelationName() {
        return relationName != null;
    }

    static String generatedRelationName(String a, String b) {
        return a.compareTo(b) < 0 ? a + "To" + b : b + "To" + a;
    }

    public boolean isIgnored() {
        return ignored;
    }

    /** {@code map:} of {@code @relation} (the foreign key name), or {@code null}. */
    public String mappedName() {
        return mappedName;
    }

    /** The {@code @relation} attribute, or {@code null}. */
    public Attribute relationAttribute() {
        return relationAttribute;
    }

    /** The relation this field belongs to (set once relations are inferred). */
    public RelationInfo relation() {
        return relation;
    }

    public boolean isRequired() {
        return arity() == FieldArity.REQUIRED;
    }

    /**
     * Required when any referencing scalar field is required, else the field's own arity: what
     * referential actions act on.
     */
    public FieldArity referentialArity() {
        if (fields != null && fields.stream().anyMatch(f -> f.arity() == FieldArity.REQUIRED)) {
            return FieldArity.REQUIRED;
        }
        return arity();
    }
}
