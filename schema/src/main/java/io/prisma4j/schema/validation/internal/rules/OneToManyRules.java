package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.List;

/** Rules of one-to-many relations: both sides, and arguments only on the singular side. */
final class OneToManyRules {
    private final ValidationContext ctx;

    OneToManyRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate(InlineRelation relation) {
        RelationFieldInfo forward = relation.forward();
        RelationFieldInfo back = relation.back();
        if (forward != null && back == null) {
            missing(forward);
        } else if (forward == null && back != null) {
            missing(back);
        }
        if (forward == null || back == null) {
            return;
        }
        if (empty(forward.fields())) {
            ctx.report(RelationMessages.fieldsMissing(forward.name(), forward.model().name(), forward.span()));
        }
        if (empty(forward.references())) {
            ctx.report(RelationMessages.referencesMissing(forward.name(), forward.model().name(), forward.span()));
        }
        if (!empty(back.fields()) || !empty(back.references())) {
            ctx.report(RelationMessages.argumentsOnBackRelation(back.name(), back.model().name(), forward.name(),
                    forward.model().name(), back.span()));
        }
        if (back.explicitOnDelete() != null || back.explicitOnUpdate() != null) {
            ctx.report(RelationMessages.actionsOnBackRelation(back.name(), back.model().name(), forward.name(),
                    forward.model().name(), true, back.span()));
        }
    }

    private void missing(RelationFieldInfo field) {
        ctx.report(RelationMessages.missingOppositeField(field.name(), field.model().containerType(),
                field.model().name(), field.relatedModel().name(), field.span()));
    }

    private static boolean empty(List<ScalarFieldInfo> fields) {
        return fields == null || fields.isEmpty();
    }
}
