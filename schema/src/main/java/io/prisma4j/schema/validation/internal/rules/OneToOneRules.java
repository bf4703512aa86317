package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.List;

/** Rules of one-to-one relations: both sides, arguments on exactly one side, unique foreign keys. */
final class OneToOneRules {
    private final ValidationContext ctx;

    OneToOneRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        RelationFieldInfo back = relation.back();
        if (back == null) {
            ctx.report(RelationMessages.missingOppositeField(forward.name(), forward.model().containerType(),
                    forward.model().name(), forward.relatedModel().name(), forward.span()));
        }
        if (forward != null && back != null) {
            argumentsOnOneSide(forward, back);
            referentialActions(forward, back);
        }
        uniqueForeignKey(relation);
        if (forward != null && back != null && !ctx.diagnostics.hasErrors()) {
            mixups(forward, back);
        }
        if (forward != null && back != null && !ctx.diagnostics.hasErrors() && back.arity().isRequired()) {
            ctx.report(RelationMessages.requiredBackRelation(back.name(), back.model().name(), forward.model().name(),
                    back.span()));
        }
        if (forward != null && back != null && !ctx.diagnostics.hasErrors() && forward.isRequired()
                && (back.fields() != null || back.references() != null)) {
            ctx.report(RelationMessages.argumentsOnWrongSide(back.model().name(), back.name(),
                    forward.model().name(), forward.name(), back.span()));
        }
    }

    private void argumentsOnOneSide(RelationFieldInfo forward, RelationFieldInfo back) {
        if (empty(forward.fields()) && empty(back.fields())) {
            neither("fields", forward, back);
        }
        if (empty(forward.references()) && empty(back.references())) {
            neither("references", forward, back);
        }
        if (!empty(forward.references()) && !empty(back.references())) {
            both("references", forward, back);
        }
        if (!empty(forward.fields()) && !empty(back.fields())) {
            both("fields", forward, back);
        }
    }

    private void neither(String argument, RelationFieldInfo forward, RelationFieldInfo back) {
        ctx.report(RelationMessages.oneToOneArgumentOnNeitherSide(argument, forward.name(), forward.model().name(),
                back.name(), back.model().name(), forward.span()));
        ctx.report(RelationMessages.oneToOneArgumentOnNeitherSide(argument, back.name(), back.model().name(),
                forward.name(), forward.model().name(), back.span()));
    }

    private void both(String argument, RelationFieldInfo forward, RelationFieldInfo back) {
        ctx.report(RelationMessages.oneToOneArgumentOnBothSides(argument, forward.name(), forward.model().name(),
                back.name(), back.model().name(), forward.span()));
        ctx.report(RelationMessages.oneToOneArgumentOnBothSides(argument, forward.name(), forward.model().name(),
                back.name(), back.model().name(), back.span()));
    }

    private void referentialActions(RelationFieldInfo forward, RelationFieldInfo back) {
        boolean forwardActions = forward.explicitOnDelete() != null || forward.explicitOnUpdate() != null;
        boolean backActions = back.explicitOnDelete() != null || back.explicitOnUpdate() != null;
        if (forwardActions && backActions) {
            ctx.report(RelationMessages.oneToOneActionsOnBothSides(back.name(), back.model().name(), forward.name(),
                    forward.model().name(), back.span()));
            ctx.report(RelationMessages.oneToOneActionsOnBothSides(forward.name(), forward.model().name(),
                    back.name(), back.model().name(), forward.span()));
        } else if (backActions) {
            ctx.report(RelationMessages.actionsOnBackRelation(back.name(), back.model().name(), forward.name(),
                    forward.model().name(), false, back.span()));
        }
    }

    /** The foreign key of a one-to-one relation must be exactly a unique criterion of its model. */
    private void uniqueForeignKey(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null) {
            return;
        }
        List<ScalarFieldInfo> fields = forward.fields();
        List<List<IndexFieldInfo>> criteria = relation.referencingModel().uniqueCriteria();
        for (List<IndexFieldInfo> criterion : criteria) {
            if (fields == null || containsExactly(criterion, fields)) {
                return;
            }
        }
        if (fields == null) {
            return;
        }
        ctx.report(RelationMessages.oneToOneNotUnique(RelationRules.names(fields), forward.span()));
    }

    private static boolean containsExactly(List<IndexFieldInfo> criterion, List<ScalarFieldInfo> fields) {
        if (criterion.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (criterion.get(i).field() != fields.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void mixups(RelationFieldInfo forward, RelationFieldInfo back) {
        if (!empty(forward.fields()) && !empty(back.references())) {
            for (var span : List.of(forward.span(), back.span())) {
                ctx.report(RelationMessages.fieldsAndReferencesSplit(forward.name(), forward.model().name(), "fields",
                        back.name(), back.model().name(), "references", span));
            }
        }
        if (!empty(forward.references()) && !empty(back.fields())) {
            ctx.report(RelationMessages.fieldsAndReferencesSplit(forward.name(), forward.model().name(),
                    "references", back.name(), back.model().name(), "fields", forward.span()));
        }
    }

    private static boolean empty(List<ScalarFieldInfo> fields) {
        return fields == null || fields.isEmpty();
    }
}
