package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.DefaultMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.validation.internal.config.Configuration;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;
import io.prisma4j.schema.validation.internal.db.SchemaDb;

/** Runs every rule in Prisma's order. */
public final class SchemaRules {
    private SchemaRules() {
    }

    public static void validate(SchemaDb db, Configuration configuration, Diagnostics diagnostics) {
        ValidationContext ctx = new ValidationContext(db, configuration, diagnostics);
        Names names = new Names(ctx);

        new CompositeTypeRules(ctx).validate();
        for (ScalarFieldInfo field : db.unknownFunctionDefaults()) {
            Expression.FunctionCall call = (Expression.FunctionCall) field.defaultValue().value();
            if (!ctx.connectorRules.knowsDefaultFunction(field, call, ctx)) {
                ctx.report(DefaultMessages.unknownFunction(call.name(), call.span()));
            }
        }

        ModelRules models = new ModelRules(ctx, names);
        FieldRules fields = new FieldRules(ctx, names);
        RelationFieldRules relationFields = new RelationFieldRules(ctx, names);
        IndexRules indexes = new IndexRules(ctx, names);
        models.databaseNameClashes();
        for (ModelInfo model : db.modelsThenViews()) {
            models.validate(model);
            for (ScalarFieldInfo field : model.scalarFields()) {
                fields.validate(field);
            }
            for (RelationFieldInfo field : model.relationFields()) {
                Diagnostic ambiguity = relationFields.ambiguity(field);
                if (ambiguity != null) {
                    // Prisma stops here: everything after an ambiguous relation would only repeat it.
                    ctx.report(ambiguity);
                    return;
                }
                relationFields.validate(field);
            }
            for (IndexInfo index : model.indexes()) {
                if (model.isView()) {
                    indexes.validateOnView(index);
                } else {
                    indexes.validate(index);
                }
            }
        }

        new EnumRules(ctx).validate();

        RelationRules relations = new RelationRules(ctx, names);
        for (RelationInfo relation : db.relations()) {
            relations.validate(relation);
        }
    }
}
