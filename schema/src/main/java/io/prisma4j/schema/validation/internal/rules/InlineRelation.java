package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.ArrayList;
import java.util.List;

/** A one-to-one or one-to-many relation seen from its foreign key side, as the relation rules read it. */
record InlineRelation(RelationInfo relation) {

    ModelInfo referencingModel() {
        return relation.modelA();
    }

    ModelInfo referencedModel() {
        return relation.modelB();
    }

    /** The field holding {@code fields}/{@code references}; may be missing. */
    RelationFieldInfo forward() {
        return relation.fieldA();
    }

    /** The back relation field; may be missing. */
    RelationFieldInfo back() {
        return relation.fieldB();
    }

    boolean isComplete() {
        return forward() != null && back() != null;
    }

    /** {@code fields:} of the forward field, or {@code null}. */
    List<ScalarFieldInfo> referencingFields() {
        return forward() == null ? null : forward().fields();
    }

    /** {@code references:} as written, else the first strict unique criterion of the referenced model. */
    List<ScalarFieldInfo> referencedFields() {
        if (forward() != null && forward().references() != null) {
            return forward().references();
        }
        List<ScalarFieldInfo> out = new ArrayList<>();
        for (List<IndexFieldInfo> criterion : referencedModel().uniqueCriteria()) {
            if (ModelInfo.isStrict(criterion)) {
                criterion.stream().map(IndexFieldInfo::field).filter(f -> f != null).forEach(out::add);
                break;
            }
        }
        return out;
    }

    /** {@code onDelete} as written, else the default: Restrict (or NoAction) when required, SetNull otherwise. */
    ReferentialAction onDelete(ValidationContext ctx) {
        if (forward().explicitOnDelete() != null) {
            return forward().explicitOnDelete();
        }
        if (forward().referentialArity() == FieldArity.REQUIRED) {
            boolean restrict = ctx.connector == null || ctx.connector.referentialActions(ctx.relationMode)
                    .contains(ReferentialAction.RESTRICT);
            return restrict ? ReferentialAction.RESTRICT : ReferentialAction.NO_ACTION;
        }
        return ReferentialAction.SET_NULL;
    }

    ReferentialAction onUpdate() {
        return forward().explicitOnUpdate() != null ? forward().explicitOnUpdate() : ReferentialAction.CASCADE;
    }

    static boolean triggersModification(ReferentialAction action) {
        return action != ReferentialAction.NO_ACTION && action != ReferentialAction.RESTRICT;
    }
}
