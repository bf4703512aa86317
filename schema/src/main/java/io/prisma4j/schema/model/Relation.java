package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.FieldArity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A relation between two models, with both sides resolved.
 * <ul>
 *   <li>One-to-one and one-to-many: {@link #referencingField()} holds the foreign key
 *       ({@code @relation(fields, references)}), {@link #referencedField()} is the back-relation.</li>
 *   <li>Implicit many-to-many: both sides are lists without {@code fields}; rows live in the
 *       {@link #joinTable()} ({@code _RoleToUser} with columns {@code A} and {@code B}).</li>
 * </ul>
 */
public final class Relation {

    /** The shape of a relation. */
    public enum Kind {
        ONE_TO_ONE, ONE_TO_MANY, IMPLICIT_MANY_TO_MANY
    }

    private final String name;
    private final Kind kind;
    private final RelationField fieldA;
    private final RelationField fieldB;
    private final RelationMode relationMode;
    private final int constraintNameLength;
    private final boolean restrictSupported;

    Relation(String name, Kind kind, RelationField fieldA, RelationField fieldB, RelationMode relationMode,
             int constraintNameLength, boolean restrictSupported) {
        this.name = name;
        this.kind = kind;
        this.fieldA = fieldA;
        this.fieldB = fieldB;
        this.relationMode = relationMode;
        this.constraintNameLength = constraintNameLength;
        this.restrictSupported = restrictSupported;
    }

    /** The relation's name: {@code @relation("...")}, else the two model names sorted and joined by "To". */
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isManyToMany() {
        return kind == Kind.IMPLICIT_MANY_TO_MANY;
    }

    public boolean isOneToOne() {
        return kind == Kind.ONE_TO_ONE;
    }

    public boolean isOneToMany() {
        return kind == Kind.ONE_TO_MANY;
    }

    public boolean isSelfRelation() {
        return fieldA.model() == (fieldB != null ? fieldB.model() : fieldA.relatedModel());
    }

    /**
     * First side. For a one-to-one or one-to-many relation it is the side holding the foreign key;
     * for many-to-many, the side on the model whose name sorts first (column {@code A}).
     */
    public RelationField fieldA() {
        return fieldA;
    }

    /** Second side; empty only for a one-sided relation. */
    public Optional<RelationField> fieldB() {
        return Optional.ofNullable(fieldB);
    }

    /** Both sides present, A first. */
    public List<RelationField> fields() {
        return fieldB == null ? List.of(fieldA) : List.of(fieldA, fieldB);
    }

    /** The side holding the foreign key; fails for many-to-many. */
    public RelationField referencingField() {
        if (isManyToMany()) {
            throw new IllegalStateException("relation " + name + " is many-to-many: it has no foreign key side");
        }
        return fieldA;
    }

    /** The back-relation side of a one-to-one or one-to-many relation, if declared. */
    public Optional<RelationField> referencedField() {
        return isManyToMany() ? Optional.empty() : Optional.ofNullable(fieldB);
    }

    /** The model holding the foreign key (one-to-one, one-to-many). */
    public Model referencingModel() {
        return referencingField().model();
    }

    /** The model the foreign key points to. */
    public Model referencedModel() {
        return referencingField().relatedModel();
    }

    RelationField opposite(RelationField side) {
        if (side == fieldA) {
            return fieldB;
        }
        return side == fieldB ? fieldA : null;
    }

    /**
     * The effective {@code onDelete}: as written on either side, else Prisma's default. The default is
     * SetNull when the reference may be absent (every foreign key field and the relation field are
     * optional); otherwise Restrict, or NoAction where the database has no Restrict (SQL Server).
     */
    public ReferentialAction onDelete() {
        if (isManyToMany()) {
            return ReferentialAction.CASCADE;
        }
        return explicit(RelationField::explicitOnDelete).orElseGet(() -> {
            if (fieldA.referentialArity() != FieldArity.REQUIRED) {
                return ReferentialAction.SET_NULL;
            }
            return restrictSupported ? ReferentialAction.RESTRICT : ReferentialAction.NO_ACTION;
        });
    }

    private Optional<ReferentialAction> explicit(
            Function<RelationField, Optional<ReferentialAction>> action) {
        return action.apply(fieldA).or(() -> fieldB == null ? Optional.empty() : action.apply(fieldB));
    }

    /** The effective {@code onUpdate}: as written on either side, else Cascade. */
    public ReferentialAction onUpdate() {
        if (isManyToMany()) {
            return ReferentialAction.CASCADE;
        }
        return explicit(RelationField::explicitOnUpdate).orElse(ReferentialAction.CASCADE);
    }

    /** Whether the database enforces this relation with a foreign key ({@code relationMode = "foreignKeys"}). */
    public RelationMode relationMode() {
        return relationMode;
    }

    /**
     * The foreign key constraint name: {@code map:} if given, else {@code <table>_<columns>_fkey}
     * truncated to the database's identifier length, as Prisma names it.
     */
    public String foreignKeyName() {
        RelationField side = referencingField();
        return side.explicitForeignKeyName().orElseGet(() -> ConstraintNames.foreignKey(side.model().databaseName(),
                side.fields().stream().map(ScalarField::databaseName).toList(), constraintNameLength));
    }

    /** The join table of an implicit many-to-many relation. */
    public Optional<JoinTable> joinTable() {
        if (!isManyToMany()) {
            return Optional.empty();
        }
        return Optional.of(new JoinTable("_" + name, fieldA.model(), fieldB.model()));
    }

    /**
     * The table Prisma keeps for an implicit many-to-many relation: column {@code A} references
     * {@link #modelA()}, column {@code B} references {@link #modelB()}.
     */
    public record JoinTable(String name, Model modelA, Model modelB) {
        public String columnA() {
            return "A";
        }

        public String columnB() {
            return "B";
        }
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
