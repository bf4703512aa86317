package io.prisma4j.schema.validation.internal.db;

/**
 * A relation between two models as Prisma infers it. For one-to-one and one-to-many relations model
 * A holds the foreign key ({@code fieldA} is the forward field, {@code fieldB} the back relation
 * field, either may be missing); for many-to-many relations A and B are ordered by model name, then
 * field name.
 */
public final class RelationInfo {

    /** The shape of a relation. */
    public enum Kind {
        IMPLICIT_MANY_TO_MANY, TWO_WAY_EMBEDDED_MANY_TO_MANY, ONE_TO_ONE, ONE_TO_MANY;

        public boolean isInline() {
            return this == ONE_TO_ONE || this == ONE_TO_MANY;
        }
    }

    private final int id;
    private final Kind kind;
    private final ModelInfo modelA;
    private final ModelInfo modelB;
    private final RelationFieldInfo fieldA;
    private final RelationFieldInfo fieldB;
    private final String explicitName;

    RelationInfo(int id, Kind kind, ModelInfo modelA, ModelInfo modelB, RelationFieldInfo fieldA,
                 RelationFieldInfo fieldB, String explicitName) {
        this.id = id;
        this.kind = kind;
        this.modelA = modelA;
        this.modelB = modelB;
        this.fieldA = fieldA;
        this.fieldB = fieldB;
        this.explicitName = explicitName;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isOneToOne() {
        return kind == Kind.ONE_TO_ONE;
    }

    /** Model A: the referencing model of an inline relation. */
    public ModelInfo modelA() {
        return modelA;
    }

    /** Model B: the referenced model of an inline relation. */
    public ModelInfo modelB() {
        return modelB;
    }

    /** The forward field (inline relations) or the first field (many-to-many); may be {@code null}. */
    public RelationFieldInfo fieldA() {
        return fieldA;
    }

    /** The back relation field (inline relations) or the second field (many-to-many); may be {@code null}. */
    public RelationFieldInfo fieldB() {
        return fieldB;
    }

    public String explicitName() {
        return explicitName;
    }

    /** The relation name: explicit, else generated from the two model names. */
    public String name() {
        return explicitName != null ? explicitName
                : RelationFieldInfo.generatedRelationName(modelA.name(), modelB.name());
    }

    /** Both sides are present (inline relations). */
    public boolean isComplete() {
        return fieldA != null && fieldB != null;
    }
}
