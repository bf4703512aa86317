package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.connector.ConstraintScope;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.PrimaryKeyInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules on a model as a whole: table names, unique criteria, primary keys, schemas. */
final class ModelRules {
    private final ValidationContext ctx;
    private final Names names;

    ModelRules(ValidationContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
    }

    /** Two models (or views) mapped to the same table. */
    void databaseNameClashes() {
        Map<List<String>, ModelInfo> taken = new HashMap<>();
        for (ModelInfo model : ctx.db.modelsThenViews()) {
            List<String> key = java.util.Arrays.asList(model.schema(), model.databaseName());
            ModelInfo existing = taken.put(key, model);
            if (existing == null) {
                continue;
            }
            if (model.mappedName() != null) {
                ctx.report(ModelMessages.duplicateModelDatabaseName(model.databaseName(), existing.name(),
                        mapAttribute(model).span()));
            } else if (mapAttribute(existing) != null) {
                ctx.report(ModelMessages.duplicateModelDatabaseName(model.databaseName(), model.name(),
                        mapAttribute(existing).span()));
            }
        }
    }

    private static Attribute mapAttribute(ModelInfo model) {
        return model.block().attributes().filter(a -> a.name().equals("map")).findFirst().orElse(null);
    }

    void validate(ModelInfo model) {
        if (model.isView()) {
            validateView(model);
            return;
        }
        strictUniqueCriteria(model);
        PrimaryKeyInfo pk = model.primaryKey();
        if (pk != null) {
            primaryKeyName(model, pk);
            if (pk.name() != null && names.constraints.customNameTaken(model, pk.name())) {
                ctx.report(ModelMessages.customNameClash(pk.name(), pk.attributeName(),
                        Spans.argument(pk.attribute(), "name")));
            }
            if (pk.fields().isEmpty()) {
                ctx.report(ModelMessages.emptyIdFields(pk.attributeName(), pk.attribute().span()));
            }
            idClientNameClash(model, pk);
            if (pk.mappedName() != null && !ctx.has(Capability.NAMED_PRIMARY_KEYS)) {
                ctx.report(ModelMessages.namedPrimaryKeyNotSupported(model.containerType(), model.name(),
                        model.span()));
            }
            if (pk.fields().size() > 1 && !ctx.has(Capability.COMPOUND_IDS)) {
                ctx.report(ModelMessages.compoundIdsNotSupported(model.containerType(), model.name(),
                        pk.attribute().span()));
            }
            if (!ctx.has(Capability.INDEX_LENGTH) && pk.fields().stream().anyMatch(f -> f.length() != null)) {
                ctx.report(ModelMessages.primaryKeyLengthNotSupported(pk.attributeName(), pk.attribute().span()));
            }
            if (!ctx.has(Capability.PRIMARY_KEY_SORT) && pk.fields().stream().anyMatch(f -> f.sortOrder() != null)) {
                ctx.report(ModelMessages.primaryKeySortNotSupported(pk.attributeName(), pk.attribute().span()));
            }
        }
        onlyOneFulltextIndex(model);
        schemaAttribute(model);
        ctx.connectorRules.validateModel(model, ctx);
        new AutoincrementRules(ctx).validate(model);
        if (pk != null) {
            for (IndexFieldInfo field : pk.fields()) {
                IndexRules.lengthOnStringsAndBytes(field, pk.attributeName(), pk.attribute().span(), ctx);
            }
            if (!ctx.has(Capability.CLUSTERING) && pk.clustered() != null) {
                ctx.report(ModelMessages.clusteringNotSupported(pk.attributeName(), pk.attribute().span()));
            }
            if (ctx.has(Capability.CLUSTERING) && !Boolean.FALSE.equals(pk.clustered())
                    && model.indexes().stream().anyMatch(i -> Boolean.TRUE.equals(i.clustered()))) {
                ctx.report(ModelMessages.onlyOneClusteredIndexOrId(pk.attributeName(), pk.attribute().span()));
            }
        }
    }

    /** Views are read-only projections: no keys or indexes of their own, no autoincrement. */
    private void validateView(ModelInfo view) {
        if (!ctx.hasPreviewFeature("views")) {
            ctx.report(ModelMessages.viewsNeedPreviewFeature(view.span()));
        }
        schemaAttribute(view);
        if (view.primaryKey() != null) {
            ctx.report(ModelMessages.viewWithPrimaryKey(view.primaryKey().attribute().span()));
        }
        ctx.connectorRules.validateView(view, ctx);
    }

    /** A model needs a primary key or a unique criterion of required, supported fields. */
    private void strictUniqueCriteria(ModelInfo model) {
        if (model.isIgnored()) {
            return;
        }
        List<List<IndexFieldInfo>> criteria = model.uniqueCriteria();
        for (List<IndexFieldInfo> criterion : criteria) {
            if (ModelInfo.isStrict(criterion)) {
                return;
            }
        }
        List<String> loose = new ArrayList<>();
        for (List<IndexFieldInfo> criterion : criteria) {
            loose.add("- " + String.join(", ", criterion.stream().map(IndexFieldInfo::name).toList()));
        }
        ctx.report(ModelMessages.noStrictUniqueCriteria(model.containerType(), model.name(), loose, model.span()));
    }

    private void primaryKeyName(ModelInfo model, PrimaryKeyInfo pk) {
        String name = Names.constraintName(pk, model, ctx);
        if (name == null) {
            return;
        }
        DatabaseNames.tooLong(model.name(), pk.attribute(), name, !pk.isDefinedOnField(), ctx);
        for (ConstraintScope scope : names.constraints.violations(model, ConstraintNamespace.Kind.PRIMARY_KEY,
                name)) {
            ctx.report(ModelMessages.constraintNameClash(name, scope.description(model.name()), pk.attributeName(),
                    Spans.argument(pk.attribute(), "map")));
        }
    }

    private void idClientNameClash(ModelInfo model, PrimaryKeyInfo pk) {
        if (pk.fields().size() <= 1) {
            return;
        }
        String clientName = String.join("_", pk.fields().stream().map(IndexFieldInfo::name).toList());
        for (ScalarFieldInfo field : model.scalarFields()) {
            if (field.name().equals(clientName)) {
                ctx.report(ModelMessages.idNameClashesWithField(clientName, model.containerType(), model.name(),
                        pk.attribute().span()));
                return;
            }
        }
    }

    private void onlyOneFulltextIndex(ModelInfo model) {
        if (!ctx.has(Capability.FULLTEXT_INDEX) || ctx.has(Capability.MULTIPLE_FULLTEXT_PER_MODEL)) {
            return;
        }
        List<IndexInfo> fulltext = model.indexes().stream().filter(IndexInfo::isFulltext).toList();
        if (fulltext.size() > 1) {
            fulltext.forEach(index -> ctx.report(ModelMessages.onlyOneFulltextIndex(index.attribute().span())));
        }
    }

    private void schemaAttribute(ModelInfo model) {
        if (!ctx.has(Capability.MULTI_SCHEMA)) {
            if (model.schema() != null) {
                ctx.report(ModelMessages.schemaAttributeNotSupported(model.schemaSpan()));
            }
            return;
        }
        if (ctx.datasource == null) {
            return;
        }
        if (model.schema() != null && !ctx.datasource.schemas().contains(model.schema())) {
            ctx.report(ModelMessages.schemaNotInDatasource(model.schemaSpan()));
        }
        if (ctx.datasource.schemasSpan() != null && model.schema() == null) {
            ctx.report(ModelMessages.schemaAttributeMissing(model.containerType(), model.name(), model.span()));
        }
    }
}
