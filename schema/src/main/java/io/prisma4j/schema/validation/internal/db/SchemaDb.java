package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolved schema: models and views, enums, composite types, relation fields and relations, in
 * the order Prisma walks them. {@link #build} runs the four passes, reporting to the diagnostics; the
 * result is always usable, leaving out only what could not be resolved.
 */
public final class SchemaDb {
    private final SchemaAst ast;
    final List<ModelInfo> models = new ArrayList<>();
    final List<EnumInfo> enums = new ArrayList<>();
    final List<CompositeTypeInfo> compositeTypes = new ArrayList<>();
    /** Models, views, enums and composite types by name; the last declaration wins, as in Prisma. */
    final Map<String, Object> types = new LinkedHashMap<>();
    final List<RelationFieldInfo> relationFields = new ArrayList<>();
    final List<RelationInfo> relations = new ArrayList<>();
    final List<ScalarFieldInfo> unknownFunctionDefaults = new ArrayList<>();

    private SchemaDb(SchemaAst ast) {
        this.ast = ast;
    }

    /** Resolves {@code ast}: names, field types, attributes, then relations. */
    public static SchemaDb build(SchemaAst ast, Diagnostics diagnostics) {
        SchemaDb db = new SchemaDb(ast);
        NamesPass.run(db, diagnostics);
        TypesPass.run(db, diagnostics);
        AttributesPass.run(db, diagnostics);
        RelationsPass.run(db);
        return db;
    }

    public SchemaAst ast() {
        return ast;
    }

    /** Every model and view in schema order. */
    public List<ModelInfo> models() {
        return models;
    }

    /** Models first, then views, each in schema order: the order Prisma validates them in. */
    public List<ModelInfo> modelsThenViews() {
        List<ModelInfo> out = new ArrayList<>();
        models.stream().filter(m -> !m.isView()).forEach(out::add);
        models.stream().filter(ModelInfo::isView).forEach(out::add);
        return out;
    }

    public List<EnumInfo> enums() {
        return enums;
    }

    public List<CompositeTypeInfo> compositeTypes() {
        return compositeTypes;
    }

    /** Every relation field of every model, in schema order. */
    public List<RelationFieldInfo> relationFields() {
        return relationFields;
    }

    /** Every relation, in the order it was inferred. */
    public List<RelationInfo> relations() {
        return relations;
    }

    /** Scalar fields whose {@code @default} calls a function Prisma does not know. */
    public List<ScalarFieldInfo> unknownFunctionDefaults() {
        return unknownFunctionDefaults;
    }

    public List<Top.ConfigBlock> datasources() {
        return ast.configBlocks().filter(b -> b.kind() == Top.ConfigKind.DATASOURCE).toList();
    }

    /** Relations whose model A is {@code model}, ordered by model B then by inference order. */
    public List<RelationInfo> relationsFrom(ModelInfo model) {
        List<RelationInfo> out = new ArrayList<>();
        for (RelationInfo relation : relations) {
            if (relation.modelA() == model) {
                out.add(relation);
            }
        }
        out.sort((a, b) -> a.modelB().order() != b.modelB().order()
                ? Integer.compare(a.modelB().order(), b.modelB().order()) : Integer.compare(a.id(), b.id()));
        return out;
    }

    /** A model or view by name. */
    public ModelInfo model(String name) {
        return types.get(name) instanceof ModelInfo model ? model : null;
    }
}
