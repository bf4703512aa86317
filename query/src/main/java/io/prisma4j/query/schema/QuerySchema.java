package io.prisma4j.query.schema;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Prisma's query schema for one data model: the root operations ({@code findManyUser},
 * {@code createOneUser}, ...) with their arguments, and every input and output type they use, named and
 * ordered as Prisma names and orders them (validation messages list them). Types are built lazily and
 * cached by name.
 */
public final class QuerySchema {
    public static final EnumDef SORT_ORDER = new EnumDef("SortOrder", List.of("asc", "desc"));
    public static final EnumDef NULLS_ORDER = new EnumDef("NullsOrder", List.of("first", "last"));
    public static final EnumDef QUERY_MODE = new EnumDef("QueryMode", List.of("default", "insensitive"));
    public static final EnumDef JSON_NULL_VALUE_INPUT = new EnumDef("JsonNullValueInput", List.of("JsonNull"));
    public static final EnumDef NULLABLE_JSON_NULL_VALUE_INPUT =
            new EnumDef("NullableJsonNullValueInput", List.of("DbNull", "JsonNull"));
    public static final EnumDef JSON_NULL_VALUE_FILTER =
            new EnumDef("JsonNullValueFilter", List.of("DbNull", "JsonNull", "AnyNull"));
    public static final EnumDef RELATION_LOAD_STRATEGY = new EnumDef("RelationLoadStrategy", List.of("query", "join"));

    private final DataModel dataModel;
    private final Connector connector;
    private final Map<String, InputObjectType> inputTypes = new ConcurrentHashMap<>();
    private final Map<String, OutputObjectType> outputTypes = new ConcurrentHashMap<>();
    private final Map<String, EnumDef> enums = new ConcurrentHashMap<>();
    private final Map<String, Optional<RootField>> rootFields = new ConcurrentHashMap<>();
    final FilterInputs filters = new FilterInputs(this);
    final DataInputs data = new DataInputs(this);
    final OrderByInputs orderBy = new OrderByInputs(this);
    final OutputTypes outputs = new OutputTypes(this);
    final Operations operations = new Operations(this);

    public QuerySchema(DataModel dataModel) {
        this.dataModel = dataModel;
        this.connector = dataModel.connector();
    }

    public DataModel dataModel() {
        return dataModel;
    }

    public Provider provider() {
        return connector.provider();
    }

    public boolean has(Capability capability) {
        return connector.has(capability);
    }

    /**
     * The root operation for a model and a protocol action ({@code findMany}, {@code createOne}, ...), or
     * empty when the model has no such operation on this database.
     */
    public Optional<RootField> rootField(Model model, String protocolAction) {
        String key = protocolAction + model.name();
        return rootFields.computeIfAbsent(key, k -> operations.build(model, protocolAction));
    }

    /** The output object type of a model. */
    public OutputObjectType modelOutput(Model model) {
        return outputs.model(model);
    }

    // ---- shared building blocks ----

    InputObjectType inputObject(String name, Supplier<List<InputField>> fields) {
        return inputTypes.computeIfAbsent(name, n -> new InputObjectType(n, fields));
    }

    boolean hasInputObject(String name) {
        return inputTypes.containsKey(name);
    }

    OutputObjectType outputObject(String name, OutputObjectType.Kind kind, Model model,
                                  Supplier<List<OutputField>> fields) {
        return outputTypes.computeIfAbsent(name, n -> new OutputObjectType(n, kind, model, fields));
    }

    EnumDef enumDef(String name, Supplier<List<String>> values) {
        return enums.computeIfAbsent(name, n -> new EnumDef(n, values.get()));
    }

    /** The enum of a schema enum ({@code Role}). */
    EnumDef schemaEnum(EnumType type) {
        return enumDef(type.name(), () -> type.values().stream().map(EnumType.Value::name).toList());
    }

    /** {@code UserScalarFieldEnum}: the scalar field names, for {@code distinct} and {@code by}. */
    EnumDef scalarFieldEnum(Model model) {
        return enumDef(model.name() + "ScalarFieldEnum",
                () -> ModelFields.clientScalars(model).stream().map(ScalarField::name).toList());
    }

    /** The input type of a field's values, without nullability ({@code Int}, {@code Role}, {@code String[]}). */
    InputType scalarInput(ScalarField field) {
        InputType base = field.isEnum() ? InputType.enumOf(schemaEnum(field.enumType()))
                : InputType.scalar(scalarKind(field.scalarType()));
        return field.isList() ? InputType.list(base) : base;
    }

    /** The same type without the list ({@code String} for {@code String[]}). */
    InputType elementInput(ScalarField field) {
        return field.isEnum() ? InputType.enumOf(schemaEnum(field.enumType()))
                : InputType.scalar(scalarKind(field.scalarType()));
    }

    static ScalarKind scalarKind(ScalarType type) {
        return switch (type) {
            case STRING -> ScalarKind.STRING;
            case BOOLEAN -> ScalarKind.BOOLEAN;
            case INT -> ScalarKind.INT;
            case BIGINT -> ScalarKind.BIGINT;
            case FLOAT -> ScalarKind.FLOAT;
            case DECIMAL -> ScalarKind.DECIMAL;
            case DATETIME -> ScalarKind.DATETIME;
            case JSON -> ScalarKind.JSON;
            case BYTES -> ScalarKind.BYTES;
        };
    }

    /** The type name Prisma uses in filter and operation type names ({@code Bool}, {@code EnumRole}). */
    static String filterTypeName(ScalarField field) {
        if (field.isEnum()) {
            return "Enum" + field.enumType().name();
        }
        return field.scalarType() == ScalarType.BOOLEAN ? "Bool" : field.scalarType().prismaName();
    }

    /**
     * The type itself plus a field reference to a field of the same type ({@code Int | IntFieldRefInput}).
     */
    List<InputType> withFieldRef(InputType type) {
        return List.of(type, InputType.object(fieldRefType(type)));
    }

    InputObjectType fieldRefType(InputType type) {
        String name = fieldRefName(type) + "FieldRefInput";
        return inputObject(name, () -> List.of(
                InputField.required("_ref", InputType.scalar(ScalarKind.STRING)),
                InputField.required("_container", InputType.scalar(ScalarKind.STRING))))
                .tag(InputObjectType.Tag.FIELD_REF);
    }

    private static String fieldRefName(InputType type) {
        if (type instanceof InputType.ListOf list) {
            return "List" + fieldRefName(list.element());
        }
        if (type instanceof InputType.Enum enumType) {
            return "Enum" + enumType.def().name();
        }
        return type.typeName();
    }

    /** {@code [T, T[]]} when {@code list}, else {@code [T]}. */
    static List<InputType> listUnion(InputType type, boolean list) {
        return list ? List.of(type, InputType.list(type)) : List.of(type);
    }

    // ---- capabilities, as Prisma's connectors state them ----

    boolean insensitiveFilters() {
        return has(Capability.INSENSITIVE_FILTERS);
    }

    boolean scalarLists() {
        return has(Capability.SCALAR_LISTS);
    }

    /** Json {@code path} is a string array (PostgreSQL) rather than a JSON-path string. */
    boolean jsonArrayPath() {
        return has(Capability.JSON_FILTERING_ARRAY_PATH);
    }

    boolean jsonFiltering() {
        return has(Capability.JSON_FILTERING) || has(Capability.JSON_FILTERING_ARRAY_PATH);
    }

    /** {@code array_contains} and the alphanumeric Json filters (PostgreSQL, MySQL). */
    boolean jsonArrayContains() {
        return has(Capability.JSON_ARRAY_CONTAINS);
    }

    boolean skipDuplicates() {
        return has(Capability.CREATE_MANY_SKIP_DUPLICATES);
    }

    boolean returning() {
        return has(Capability.RETURNING);
    }

    /** Full-text search ({@code search}, {@code _relevance}): MySQL has it without a preview feature. */
    boolean fullTextSearch() {
        return provider() == Provider.MYSQL;
    }
}
