package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.NativeTypeInstance;
import io.prisma4j.schema.diagnostics.NativeTypeMessages;
import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.PrimaryKeyInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;

import java.util.List;
import java.util.Optional;

/**
 * MySQL: text and blob columns need a prefix length to be indexed, and {@code SetDefault} is accepted but
 * not really supported.
 */
final class MySqlRules implements ConnectorRules {
    private static final String LENGTH_HINT = " Please use the `length` argument to the field in the index definition "
            + "to allow this.";
    private static final List<String> NEEDS_LENGTH = List.of("Text", "LongText", "MediumText", "TinyText", "Blob",
            "TinyBlob", "MediumBlob", "LongBlob");

    @Override
    public void validateModel(ModelInfo model, ValidationContext ctx) {
        for (IndexInfo index : model.indexes()) {
            for (IndexFieldInfo field : index.fields()) {
                Optional<NativeTypeInstance> type = needsLength(field, ctx);
                if (type.isPresent() && !index.isFulltext()) {
                    ctx.report(index.isUnique()
                            ? NativeTypeMessages.cannotBeUnique(type.get(), ctx.connectorName(), LENGTH_HINT,
                            index.attribute().span())
                            : NativeTypeMessages.cannotBeIndexed(type.get(), ctx.connectorName(), LENGTH_HINT,
                            index.attribute().span()));
                    break;
                }
            }
        }
        PrimaryKeyInfo pk = model.primaryKey();
        if (pk != null) {
            for (IndexFieldInfo field : pk.fields()) {
                Optional<NativeTypeInstance> type = needsLength(field, ctx);
                if (type.isPresent()) {
                    ctx.report(NativeTypeMessages.cannotBeId(type.get(), ctx.connectorName(), LENGTH_HINT,
                            pk.attribute().span()));
                    break;
                }
            }
        }
        if (ctx.relationMode.usesForeignKeys()) {
            for (RelationFieldInfo field : model.relationFields()) {
                setDefault(field, field.explicitOnDelete(), "onDelete", ctx);
                setDefault(field, field.explicitOnUpdate(), "onUpdate", ctx);
            }
        }
    }

    /** A text or blob type used without {@code length:}. */
    private static Optional<NativeTypeInstance> needsLength(IndexFieldInfo field, ValidationContext ctx) {
        if (field.length() != null) {
            return Optional.empty();
        }
        return NativeTypeRules.instance(field.nativeType(), ctx).filter(t -> NEEDS_LENGTH.contains(t.name()));
    }

    private static void setDefault(RelationFieldInfo field, ReferentialAction action, String argument,
                                   ValidationContext ctx) {
        if (action == ReferentialAction.SET_DEFAULT) {
            ctx.report(RelationMessages.setDefaultOnMySql(ctx.connectorName(),
                    Spans.fieldArgument(field.ast(), "relation", argument)));
        }
    }
}
