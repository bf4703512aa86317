package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.NativeTypeInstance;
import io.prisma4j.schema.diagnostics.IndexMessages;
import io.prisma4j.schema.diagnostics.NativeTypeMessages;
import io.prisma4j.schema.model.IndexType;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;

import java.util.Optional;

/** PostgreSQL: XML columns cannot be indexed; index access methods and their operator classes. */
final class PostgresRules implements ConnectorRules {

    @Override
    public void validateModel(ModelInfo model, ValidationContext ctx) {
        for (IndexInfo index : model.indexes()) {
            xmlNotIndexable(index, ctx);
            new PostgresIndexTypes(ctx).validate(index);
            if (index.algorithm() == IndexType.SPGIST && index.fields().size() != 1) {
                ctx.report(IndexMessages.spGistMultipleColumns(index.attributeName(), index.attribute().span()));
            }
        }
    }

    private static void xmlNotIndexable(IndexInfo index, ValidationContext ctx) {
        for (IndexFieldInfo field : index.fields()) {
            Optional<NativeTypeInstance> nativeType = NativeTypeRules.instance(field.nativeType(), ctx);
            if (nativeType.isPresent() && nativeType.get().name().equals("Xml")) {
                var span = field.path().isEmpty() ? field.root().span() : field.path().get(field.path().size() - 1)
                        .span();
                ctx.report(index.isUnique()
                        ? NativeTypeMessages.cannotBeUnique(nativeType.get(), ctx.connectorName(), "", span)
                        : NativeTypeMessages.cannotBeIndexed(nativeType.get(), ctx.connectorName(), "", span));
                return;
            }
        }
    }
}
