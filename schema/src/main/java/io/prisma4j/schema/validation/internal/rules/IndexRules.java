package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.connector.ConstraintScope;
import io.prisma4j.schema.diagnostics.IndexMessages;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.model.IndexType;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarKind;

/** Rules on one index or unique constraint. */
final class IndexRules {
    private final ValidationContext ctx;
    private final Names names;

    IndexRules(ValidationContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
    }

    void validate(IndexInfo index) {
        String attribute = index.attributeName();
        Span span = index.attribute().span();
        ModelInfo model = index.model();
        if (index.fields().isEmpty()) {
            ctx.report(IndexMessages.noFields(attribute, span));
        }
        constraintName(index);
        clientNameClash(index);
        if (index.name() != null && names.constraints.customNameTaken(model, index.name())) {
            ctx.report(ModelMessages.customNameClash(index.name(), attribute, Spans.argument(index.attribute(),
                    "name")));
        }
        if (!ctx.has(Capability.INDEX_LENGTH) && index.fields().stream().anyMatch(f -> f.length() != null)) {
            ctx.report(IndexMessages.lengthNotSupported(attribute, span));
        }
        if (index.algorithm() != null && !supportsIndexType(index.algorithm())) {
            ctx.report(IndexMessages.typeNotSupported(attribute, Spans.argument(index.attribute(), "type")));
        }
        if (supportsIndexType(IndexType.HASH) && index.algorithm() == IndexType.HASH
                && index.fields().stream().anyMatch(f -> f.sortOrder() != null)) {
            ctx.report(IndexMessages.hashWithSort(attribute, span));
        }
        if (index.isFulltext()) {
            fulltext(index, attribute, span);
        }
        DatabaseNames.tooLong(model.name(), index.attribute(), index.mappedName(), !index.isDefinedOnField(), ctx);
        clustering(index, attribute, span);
        if (!index.isNormal() && index.fields().stream().anyMatch(f -> f.operatorClass() != null)) {
            ctx.report(IndexMessages.operatorClassOnNonIndex(attribute, span));
        }
        if (index.fields().size() > 1) {
            index.fields().stream().filter(f -> f.kind().isComposite()).findFirst().ifPresent(f ->
                    ctx.report(IndexMessages.compositeTypeInCompoundIndex(f.name(), attribute, span)));
        }
        for (IndexFieldInfo field : index.fields()) {
            lengthOnStringsAndBytes(field, attribute, span, ctx);
        }
    }

    /** A view has no indexes of its own: only plain {@code @@unique} criteria for the client. */
    void validateOnView(IndexInfo index) {
        Span span = index.attribute().span();
        if (!index.isUnique()) {
            ctx.report(ModelMessages.viewWithIndex(span));
        }
        if (index.mappedName() != null) {
            ctx.report(ModelMessages.viewUniqueWithMap(span));
        }
        if (index.clustered() != null) {
            ctx.report(ModelMessages.viewUniqueClustered(span));
        }
        for (IndexFieldInfo field : index.fields()) {
            if (field.length() != null || field.operatorClass() != null || field.sortOrder() != null) {
                ctx.report(ModelMessages.viewUniqueFieldArguments(index.attributeName(), span));
            }
        }
    }

    private boolean supportsIndexType(IndexType type) {
        return ctx.connector == null ? type == IndexType.BTREE : ctx.connector.supportsIndexType(type);
    }

    private void constraintName(IndexInfo index) {
        ModelInfo model = index.model();
        String name = Names.constraintName(index, ctx);
        for (ConstraintScope scope : names.constraints.violations(model, ConstraintNamespace.Kind.INDEX, name)) {
            Span span = Spans.argumentOrNull(index.attribute(), "map");
            if (span == null) {
                span = Spans.argument(index.attribute(), "name");
            }
            ctx.report(ModelMessages.constraintNameClash(name, scope.description(model.name()), index.attributeName(),
                    span));
        }
    }

    private void clientNameClash(IndexInfo index) {
        if (!index.isUnique() || index.fields().size() <= 1) {
            return;
        }
        String clientName = String.join("_", index.fields().stream().map(IndexFieldInfo::name).toList());
        ModelInfo model = index.model();
        for (ScalarFieldInfo field : model.scalarFields()) {
            if (field.name().equals(clientName)) {
                ctx.report(IndexMessages.clientNameClashesWithField(clientName, index.attributeName(),
                        model.containerType(), model.name(), index.attribute().span()));
                return;
            }
        }
    }

    private void fulltext(IndexInfo index, String attribute, Span span) {
        if (!ctx.has(Capability.FULLTEXT_INDEX)) {
            ctx.report(IndexMessages.fulltextNotSupported(attribute, span));
            return;
        }
        if (index.fields().stream().anyMatch(f -> f.length() != null)) {
            ctx.report(IndexMessages.fulltextWithLength(attribute, span));
        }
        if (!ctx.has(Capability.FULLTEXT_INDEX_SORT)) {
            if (index.fields().stream().anyMatch(f -> f.sortOrder() != null)) {
                ctx.report(IndexMessages.fulltextWithSort(attribute, span));
            }
            return;
        }
        // Text fields (without sort) must form one block, with sorted fields only before or after it.
        int state = 0; // 0 start, 1 sorted head, 2 text bundle, 3 sorted tail
        for (IndexFieldInfo field : index.fields()) {
            boolean sorted = field.sortOrder() != null;
            if (state == 3 && !sorted) {
                ctx.report(IndexMessages.fulltextFieldsNotAdjacent(attribute, span));
                return;
            }
            state = sorted ? (state == 2 || state == 3 ? 3 : 1) : 2;
        }
    }

    private void clustering(IndexInfo index, String attribute, Span span) {
        if (!ctx.has(Capability.CLUSTERING)) {
            if (index.clustered() != null) {
                ctx.report(ModelMessages.clusteringNotSupported(attribute, span));
            }
            return;
        }
        if (!Boolean.TRUE.equals(index.clustered())) {
            return;
        }
        ModelInfo model = index.model();
        if (model.primaryKey() != null && !Boolean.FALSE.equals(model.primaryKey().clustered())) {
            ctx.report(ModelMessages.onlyOneClusteredIndexOrKey(attribute, span));
        }
        for (IndexInfo other : model.indexes()) {
            if (other != index && Boolean.TRUE.equals(other.clustered())) {
                ctx.report(ModelMessages.onlyOneClusteredIndex(attribute, span));
                return;
            }
        }
    }

    /** {@code length:} only makes sense on strings and bytes (where the database supports it at all). */
    static void lengthOnStringsAndBytes(IndexFieldInfo field, String attribute, Span span, ValidationContext ctx) {
        if (!ctx.has(Capability.INDEX_LENGTH) || field.length() == null || field.kind().isUnsupported()) {
            return;
        }
        ScalarType type = field.kind() instanceof ScalarKind.BuiltIn builtIn ? builtIn.type() : null;
        if (type == ScalarType.STRING || type == ScalarType.BYTES) {
            return;
        }
        ctx.report(ModelMessages.lengthOnlyForStringsAndBytes(attribute, span));
    }
}
