package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.model.RelationMode;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.List;
import java.util.Set;

/** Rules on one relation field: ambiguity, ignored models, referential actions, foreign key names. */
final class RelationFieldRules {
    private final ValidationContext ctx;
    private final Names names;

    RelationFieldRules(ValidationContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
    }

    /**
     * Several fields between the same two models under one relation name, or {@code null}. Prisma stops
     * validating at the first one, so the caller stops too.
     */
    Diagnostic ambiguity(RelationFieldInfo field) {
        ModelInfo model = field.model();
        ModelInfo related = field.relatedModel();
        List<RelationFieldInfo> fields = names.relationNames.get(List.of(model, related, field.relationName()));
        if (fields == null || fields.size() <= 1) {
            return null;
        }
        boolean self = model == related;
        String listed = RelationMessages.fieldList(fields.stream().map(RelationFieldInfo::name).toList());
        String message;
        if (!field.hasExplicitRelationName()) {
            if (self && fields.size() == 2) {
                message = RelationMessages.ambiguousSelfRelation(listed, model.name(), related.name());
            } else if (self) {
                message = RelationMessages.unnamedSelfRelation(listed, model.name());
            } else {
                message = RelationMessages.ambiguousRelation(listed, model.name(), related.name());
            }
        } else if (self && fields.size() == 2) {
            return null;
        } else if (self) {
            message = RelationMessages.wronglyNamedSelfRelation(listed, model.name());
        } else {
            message = RelationMessages.wronglyNamedRelation(listed, model.name());
        }
        return RelationMessages.onModel(message, model.containerType(), model.name(), field.span());
    }

    void validate(RelationFieldInfo field) {
        new FieldRules(ctx, names).clientName(field);
        ignoredRelatedModel(field);
        referentialActions(field);
        foreignKeyName(field);
        missingIndex(field);
        ctx.connectorRules.validateRelationField(field, ctx);
    }

    private void ignoredRelatedModel(RelationFieldInfo field) {
        if (!field.relatedModel().isIgnored() || field.isIgnored() || field.model().isIgnored()) {
            return;
        }
        ctx.report(RelationMessages.relatedModelIgnored(field.name(), field.model().name(),
                field.relatedModel().name(), field.span()));
    }

    private void referentialActions(RelationFieldInfo field) {
        check(field, field.explicitOnDelete(), "onDelete");
        check(field, field.explicitOnUpdate(), "onUpdate");
    }

    private void check(RelationFieldInfo field, ReferentialAction action, String argument) {
        if (action == null) {
            return;
        }
        Set<ReferentialAction> allowed = actions();
        if (allowed.contains(action)) {
            return;
        }
        Span span = Spans.fieldArgument(field.ast(), "relation", argument);
        boolean noActionHint = ctx.relationMode == RelationMode.PRISMA && action == ReferentialAction.NO_ACTION
                && allowed.contains(ReferentialAction.RESTRICT);
        ctx.report(RelationMessages.invalidReferentialAction(action.prismaName(),
                allowed.stream().map(ReferentialAction::prismaName).toList(),
                noActionHint ? ctx.connectorName() : null, span));
    }

    /** The referential actions the database (or the emulation in {@code prisma} mode) supports. */
    private Set<ReferentialAction> actions() {
        if (ctx.connector == null) {
            return ctx.relationMode.usesForeignKeys() ? Set.of(ReferentialAction.values())
                    : Set.of(ReferentialAction.CASCADE, ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION,
                    ReferentialAction.SET_NULL);
        }
        return ctx.connector.referentialActions(ctx.relationMode);
    }

    private void foreignKeyName(RelationFieldInfo field) {
        if (field.mappedName() == null) {
            return;
        }
        if (!ctx.has(Capability.NAMED_FOREIGN_KEYS)) {
            Span span = field.relationAttribute() != null ? field.relationAttribute().span() : Span.EMPTY;
            ctx.report(RelationMessages.namedForeignKeysNotSupported(span));
            return;
        }
        if (field.relationAttribute() != null) {
            DatabaseNames.tooLong(field.model().name(), field.relationAttribute(), field.mappedName(), false, ctx);
        }
    }

    /** With {@code relationMode = "prisma"} there is no foreign key index, so one is suggested. */
    private void missingIndex(RelationFieldInfo field) {
        if (ctx.relationMode != RelationMode.PRISMA || ctx.connector == null
                || ctx.connector.provider() == io.prisma4j.schema.connector.Provider.MONGODB || field.fields() == null) {
            return;
        }
        List<ScalarFieldInfo> referencing = field.fields();
        ModelInfo model = field.model();
        for (IndexInfo index : model.indexes()) {
            if (startsWith(index.fields(), referencing)) {
                return;
            }
        }
        if (model.primaryKey() != null && startsWith(model.primaryKey().fields(), referencing)) {
            return;
        }
        Span span = field.relationAttribute() != null ? field.relationAttribute().span() : field.span();
        ctx.report(RelationMessages.missingIndexWithPrismaRelationMode(span));
    }

    private static boolean startsWith(List<IndexFieldInfo> index, List<ScalarFieldInfo> fields) {
        if (fields.size() > index.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (index.get(i).root() != fields.get(i)) {
                return false;
            }
        }
        return true;
    }
}
