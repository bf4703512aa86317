package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.diagnostics.IndexMessages;
import io.prisma4j.schema.diagnostics.MongoMessages;
import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.NativeTypeAttribute;
import io.prisma4j.schema.validation.internal.db.PrimaryKeyInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.List;

/**
 * MongoDB: every model has an {@code @id} mapped to {@code _id}, {@code auto()} ids are ObjectIds,
 * field names follow MongoDB's rules, and related fields should share a native type.
 */
final class MongoDbRules implements ConnectorRules {

    @Override
    public void validateModel(ModelInfo model, ValidationContext ctx) {
        PrimaryKeyInfo pk = model.primaryKey();
        if (pk == null) {
            ctx.report(MongoMessages.idRequired(model.span()));
        } else if (pk.fields().size() == 1 && pk.fields().get(0).field() != null) {
            ScalarFieldInfo id = pk.fields().get(0).field();
            if (!id.name().equals("_id") && !"_id".equals(id.mappedName())) {
                ctx.report(MongoMessages.idNotMappedToUnderscoreId(id.mappedName(), model.containerType(),
                        model.name(), id.name(), id.span()));
            }
        }
        for (ScalarFieldInfo field : model.scalarFields()) {
            String container = model.containerType();
            boolean auto = field.defaultValue() != null && field.defaultValue().isAuto();
            NativeTypeAttribute nativeType = field.nativeType();
            if (auto && (nativeType == null || !nativeType.name().equals("ObjectId"))) {
                ctx.report(MongoMessages.autoNeedsObjectId(container, model.name(), field.name(), field.span()));
            }
            if (auto && !field.isSinglePrimaryKey() && !field.isPartOfCompoundPrimaryKey()) {
                ctx.report(MongoMessages.autoNeedsId(container, model.name(), field.name(), field.span()));
            }
            if (field.defaultValue() != null && field.defaultValue().isDbGenerated()) {
                ctx.report(MongoMessages.dbGeneratedNotAllowed(container, model.name(), field.name(), field.span()));
            }
            fieldName(field, ctx);
        }
        for (IndexInfo index : model.indexes()) {
            for (IndexInfo other : model.indexes()) {
                if (other != index && sameFields(other.fields(), index.fields())) {
                    ctx.report(IndexMessages.alreadyExists("@@" + index.attribute().name(),
                            index.attribute().span()));
                    break;
                }
            }
            if (index.isUnique() && index.fields().size() == 1 && index.fields().get(0).field() != null
                    && index.fields().get(0).field().isSinglePrimaryKey()) {
                ctx.report(IndexMessages.uniqueOnIdMongo(index.attributeName(), index.attribute().span()));
            }
        }
    }

    /** On a view only the field names are checked. */
    @Override
    public void validateView(ModelInfo view, ValidationContext ctx) {
        for (ScalarFieldInfo field : view.scalarFields()) {
            fieldName(field, ctx);
        }
    }

    /** Same fields with the same sort order and length (other options do not make a different index). */
    private static boolean sameFields(List<IndexFieldInfo> a, List<IndexFieldInfo> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            IndexFieldInfo x = a.get(i);
            IndexFieldInfo y = b.get(i);
            if (!x.sameFieldAs(y) || x.sortOrder() != y.sortOrder() || !java.util.Objects.equals(x.length(), y.length())) {
                return false;
            }
        }
        return true;
    }

    private static void fieldName(ScalarFieldInfo field, ValidationContext ctx) {
        String name = field.mappedName();
        if (name == null) {
            return;
        }
        Span span = Spans.fieldAttribute(field.ast(), "map").span();
        if (name.startsWith("$")) {
            ctx.report(MongoMessages.fieldNameStartsWithDollar(span));
        }
        if (name.contains(".")) {
            ctx.report(MongoMessages.fieldNameContainsDot(span));
        }
    }

    private static String qualified(NativeTypeAttribute nativeType) {
        return nativeType == null ? null : nativeType.scope() + "." + nativeType.name();
    }

    @Override
    public void validateRelationField(RelationFieldInfo field, ValidationContext ctx) {
        if (field.fields() == null || field.references() == null) {
            return;
        }
        for (int i = 0; i < Math.min(field.fields().size(), field.references().size()); i++) {
            ScalarFieldInfo a = field.fields().get(i);
            ScalarFieldInfo b = field.references().get(i);
            String message = MongoMessages.differentNativeTypes(a.model().name() + "." + a.name(),
                    qualified(a.nativeType()), b.model().name() + "." + b.name(), qualified(b.nativeType()));
            if (message != null) {
                ctx.report(RelationMessages.sameNativeTypeForMongo(message, field.model().name(), field.name(),
                        a.span()));
            }
        }
    }
}
