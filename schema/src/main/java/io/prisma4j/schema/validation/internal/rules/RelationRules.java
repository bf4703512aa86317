package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.ConstraintScope;
import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.validation.internal.db.FieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rules every one-to-one and one-to-many relation follows, then those of its kind. */
final class RelationRules {
    private final ValidationContext ctx;
    private final Names names;
    private final CascadeRules cascades;
    private final OneToOneRules oneToOne;
    private final OneToManyRules oneToMany;
    private final ManyToManyRules manyToMany;

    RelationRules(ValidationContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.cascades = new CascadeRules(ctx);
        this.oneToOne = new OneToOneRules(ctx);
        this.oneToMany = new OneToManyRules(ctx);
        this.manyToMany = new ManyToManyRules(ctx);
    }

    void validate(RelationInfo relation) {
        switch (relation.kind()) {
            case IMPLICIT_MANY_TO_MANY -> manyToMany.implicit(relation);
            case TWO_WAY_EMBEDDED_MANY_TO_MANY -> manyToMany.embedded(relation);
            default -> inline(new InlineRelation(relation));
        }
    }

    private void inline(InlineRelation relation) {
        if (relation.isComplete()) {
            cascades.cycles(relation);
            cascades.multiplePaths(relation);
        }
        referencesUniqueFields(relation);
        sameLength(relation);
        fieldArity(relation);
        fieldTypes(relation);
        constraintName(relation);
        setNullOnRequired(relation);
        if (relation.relation().isOneToOne()) {
            oneToOne.validate(relation);
        } else {
            oneToMany.validate(relation);
        }
    }

    private void referencesUniqueFields(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || forward.references() == null || forward.references().isEmpty()) {
            return;
        }
        List<String> references = names(forward.references());
        List<String> sorted = new ArrayList<>(references);
        sorted.sort(null);
        for (List<IndexFieldInfo> criterion : relation.referencedModel().uniqueCriteria()) {
            List<String> fields = new ArrayList<>(criterion.stream().map(IndexFieldInfo::name).toList());
            fields.sort(null);
            if (fields.equals(sorted)) {
                referencesInOrder(relation, references);
                return;
            }
        }
        ctx.report(RelationMessages.referencesNotUnique(references, relation.referencedModel().name(),
                forward.span()));
    }

    private void referencesInOrder(InlineRelation relation, List<String> references) {
        if (references.size() <= 1 || ctx.has(io.prisma4j.schema.connector.Capability.RELATION_FIELDS_IN_ARBITRARY_ORDER)) {
            return;
        }
        for (List<IndexFieldInfo> criterion : relation.referencedModel().uniqueCriteria()) {
            if (criterion.stream().map(IndexFieldInfo::name).toList().equals(references)) {
                return;
            }
        }
        ctx.report(RelationMessages.referencesInWrongOrder(relation.referencedModel().name(), references,
                relation.forward().span()));
    }

    private void sameLength(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward != null && forward.fields() != null && forward.references() != null
                && forward.fields().size() != forward.references().size()) {
            ctx.report(RelationMessages.fieldsReferencesLengthMismatch(forward.relationAttribute().span()));
        }
    }

    /** A required relation field whose scalar fields are optional. */
    private void fieldArity(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || !forward.arity().isRequired() || forward.fields() == null) {
            return;
        }
        if (forward.fields().stream().noneMatch(f -> f.arity().isOptional())) {
            return;
        }
        ctx.report(RelationMessages.fieldsOptionalButRelationRequired(forward.name(), names(forward.fields()),
                forward.span()));
    }

    private void fieldTypes(InlineRelation relation) {
        List<ScalarFieldInfo> referencing = relation.referencingFields();
        if (referencing == null) {
            return;
        }
        List<ScalarFieldInfo> referenced = relation.referencedFields();
        for (int i = 0; i < Math.min(referencing.size(), referenced.size()); i++) {
            ScalarFieldInfo a = referencing.get(i);
            ScalarFieldInfo b = referenced.get(i);
            if (!sameType(a.kind(), b.kind())) {
                ctx.report(RelationMessages.fieldTypesDoNotMatch(a.name(), a.model().name(), b.name(),
                        b.model().name(), relation.forward().span()));
            }
        }
    }

    private static boolean sameType(ScalarKind a, ScalarKind b) {
        if (a instanceof ScalarKind.Enum ea && b instanceof ScalarKind.Enum eb) {
            return ea.enumInfo() == eb.enumInfo();
        }
        if (a instanceof ScalarKind.Composite ca && b instanceof ScalarKind.Composite cb) {
            return ca.type() == cb.type();
        }
        return Objects.equals(a, b);
    }

    private void constraintName(InlineRelation relation) {
        String name = Names.constraintName(relation.relation(), ctx);
        ModelInfo model = relation.referencingModel();
        for (ConstraintScope scope : names.constraints.violations(model, ConstraintNamespace.Kind.RELATION, name)) {
            Span span = relation.forward() != null ? Spans.fieldArgument(relation.forward().ast(), "relation", "map")
                    : relation.referencedModel().span();
            ctx.report(RelationMessages.constraintNameClash(name, scope.description(model.name()), span));
        }
    }

    /** SetNull on a required foreign key: a warning where the database accepts it, an error elsewhere. */
    private void setNullOnRequired(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null
                || (forward.fields() != null && forward.fields().stream().noneMatch(f -> f.arity().isRequired()))) {
            return;
        }
        boolean warnOnly = ctx.connector != null && ctx.connector.allowsSetNullOnRequired(ctx.relationMode);
        for (String argument : List.of("onDelete", "onUpdate")) {
            ReferentialAction action = argument.equals("onDelete") ? forward.explicitOnDelete()
                    : forward.explicitOnUpdate();
            if (action == ReferentialAction.SET_NULL) {
                ctx.report(warnOnly ? RelationMessages.setNullOnRequiredWarning(argument, forward.span())
                        : RelationMessages.setNullOnRequiredError(argument, forward.span()));
            }
        }
    }

    static List<String> names(List<? extends FieldInfo> fields) {
        return fields.stream().map(FieldInfo::name).toList();
    }
}
