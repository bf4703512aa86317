package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.List;

/** {@code @default(autoincrement())}: supported at all, how many per table, on which fields. */
final class AutoincrementRules {
    private final ValidationContext ctx;

    AutoincrementRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate(ModelInfo model) {
        List<ScalarFieldInfo> fields = model.scalarFields().stream().filter(ScalarFieldInfo::isAutoincrement).toList();
        if (fields.isEmpty()) {
            return;
        }
        if (!ctx.has(Capability.AUTOINCREMENT)) {
            fields.forEach(f -> ctx.report(ModelMessages.autoincrementNotSupported(f.defaultValue().attribute()
                    .span())));
            return;
        }
        if (!ctx.has(Capability.AUTOINCREMENT_MULTIPLE) && fields.size() > 1) {
            ctx.report(ModelMessages.autoincrementUsedTwice(model.span()));
        }
        for (ScalarFieldInfo field : fields) {
            if (!ctx.has(Capability.AUTOINCREMENT_NON_ID) && !field.isSinglePrimaryKey()) {
                ctx.report(ModelMessages.autoincrementOnNonId(field.span()));
            }
            if (!ctx.has(Capability.AUTOINCREMENT_NON_INDEXED) && !indexed(model, field)) {
                ctx.report(ModelMessages.autoincrementOnNonIndexed(field.span()));
            }
        }
    }

    /** The first field of the primary key or of an index. */
    private static boolean indexed(ModelInfo model, ScalarFieldInfo field) {
        for (IndexInfo index : model.indexes()) {
            if (!index.fields().isEmpty() && first(index.fields()) == field) {
                return true;
            }
        }
        return model.primaryKey() != null && !model.primaryKey().fields().isEmpty()
                && first(model.primaryKey().fields()) == field;
    }

    private static ScalarFieldInfo first(List<IndexFieldInfo> fields) {
        return fields.get(0).field();
    }
}
