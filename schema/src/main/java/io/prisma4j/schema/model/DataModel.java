package io.prisma4j.schema.model;

import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.connector.Provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A validated schema, fully resolved: every model, view, enum and composite type, every relation with
 * both sides, and the datasource and generators. Immutable; build one with
 * {@code PrismaSchema.load(...)} or {@code PrismaSchema.parse(...).dataModel()}.
 */
public final class DataModel {
    private final Datasource datasource;
    private final List<Generator> generators;
    private final List<Model> models;
    private final List<EnumType> enums;
    private final List<CompositeType> compositeTypes;
    private final List<Relation> relations;
    private final Map<String, Model> modelsByName = new LinkedHashMap<>();
    private final Map<String, EnumType> enumsByName = new LinkedHashMap<>();
    private final Map<String, CompositeType> typesByName = new LinkedHashMap<>();

    DataModel(Datasource datasource, List<Generator> generators, List<Model> models, List<EnumType> enums,
              List<CompositeType> compositeTypes, List<Relation> relations) {
        this.datasource = datasource;
        this.generators = List.copyOf(generators);
        this.models = List.copyOf(models);
        this.enums = List.copyOf(enums);
        this.compositeTypes = List.copyOf(compositeTypes);
        this.relations = List.copyOf(relations);
        models.forEach(m -> modelsByName.put(m.name(), m));
        enums.forEach(e -> enumsByName.put(e.name(), e));
        compositeTypes.forEach(t -> typesByName.put(t.name(), t));
    }

    /** The datasource block; empty only for a schema without one. */
    public Optional<Datasource> datasource() {
        return Optional.ofNullable(datasource);
    }

    /** The datasource's provider; SQLite when the schema has no datasource. */
    public Provider provider() {
        return datasource != null ? datasource.provider() : Provider.SQLITE;
    }

    /** What the provider's database can do. */
    public Connector connector() {
        return Connector.of(provider());
    }

    /** The effective relation mode. */
    public RelationMode relationMode() {
        return datasource != null ? datasource.relationMode() : RelationMode.FOREIGN_KEYS;
    }

    public List<Generator> generators() {
        return generators;
    }

    /** Every model and view, in schema order. */
    public List<Model> allModels() {
        return models;
    }

    /** Every {@code model} (views excluded), in schema order. */
    public List<Model> models() {
        return models.stream().filter(m -> !m.isView()).toList();
    }

    /** Every {@code view}, in schema order. */
    public List<Model> views() {
        return models.stream().filter(Model::isView).toList();
    }

    public List<EnumType> enums() {
        return enums;
    }

    public List<CompositeType> compositeTypes() {
        return compositeTypes;
    }

    /** Every relation, in the order their first side appears in the schema. */
    public List<Relation> relations() {
        return relations;
    }

    /** Implicit many-to-many relations (those with a join table). */
    public List<Relation> manyToManyRelations() {
        return relations.stream().filter(Relation::isManyToMany).toList();
    }

    /** A model or view by name. */
    public Optional<Model> model(String name) {
        return Optional.ofNullable(modelsByName.get(name));
    }

    /** A model or view by name; fails with a clear message when there is none. */
    public Model requireModel(String name) {
        Model model = modelsByName.get(name);
        if (model == null) {
            throw new NoSuchElementException("The schema has no model named \"" + name + "\". Models: "
                    + String.join(", ", modelsByName.keySet()));
        }
        return model;
    }

    public Optional<EnumType> enumType(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }

    public Optional<CompositeType> compositeType(String name) {
        return Optional.ofNullable(typesByName.get(name));
    }
}
