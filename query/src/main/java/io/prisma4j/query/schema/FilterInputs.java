package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.PrimaryKey;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

import static io.prisma4j.query.schema.InputField.optional;
import static io.prisma4j.query.schema.InputType.list;
import static io.prisma4j.query.schema.InputType.object;
import static io.prisma4j.query.schema.InputType.scalar;

/** Filter input types: {@code UserWhereInput}, {@code UserWhereUniqueInput}, {@code StringFilter}, ... */
final class FilterInputs {
    private final QuerySchema schema;

    FilterInputs(QuerySchema schema) {
        this.schema = schema;
    }

    /** {@code UserWhereInput}. */
    InputObjectType where(Model model) {
        String name = model.name() + "WhereInput";
        return schema.inputObject(name, () -> {
            InputType self = object(where(model));
            List<InputField> fields = new ArrayList<>(booleanOperators(self));
            for (Field field : ModelFields.clientFields(model)) {
                fields.add(filterField(field, false));
            }
            return fields;
        }).tag(InputObjectType.Tag.WHERE);
    }

    /** {@code UserScalarWhereInput} (nested updateMany/deleteMany) or {@code UserScalarWhereWithAggregatesInput} (having). */
    InputObjectType scalarWhere(Model model, boolean withAggregates) {
        String name = model.name() + "ScalarWhere" + (withAggregates ? "WithAggregates" : "") + "Input";
        return schema.inputObject(name, () -> {
            InputType self = object(scalarWhere(model, withAggregates));
            List<InputField> fields = new ArrayList<>(booleanOperators(self));
            for (ScalarField field : ModelFields.clientScalars(model)) {
                fields.add(filterField(field, withAggregates));
            }
            return fields;
        }).tag(InputObjectType.Tag.WHERE);
    }

    private static List<InputField> booleanOperators(InputType self) {
        return List.of(
                optional("AND", List.of(self, list(self))),
                optional("OR", List.of(list(self))),
                optional("NOT", List.of(self, list(self))));
    }

    /**
     * {@code UserWhereUniqueInput}: the unique fields, compound uniques and the compound id first, then
     * AND/OR/NOT and every other field; at least one of the unique ones must be given.
     */
    InputObjectType whereUnique(Model model) {
        String name = model.name() + "WhereUniqueInput";
        InputObjectType type = schema.inputObject(name, () -> {
            List<InputField> fields = new ArrayList<>();
            List<Field> rest = new ArrayList<>();
            for (Field field : ModelFields.clientFields(model)) {
                if (field instanceof ScalarField scalar && ModelFields.isSingleUnique(scalar)) {
                    fields.add(optional(scalar.name(), schema.scalarInput(scalar)));
                } else {
                    rest.add(field);
                }
            }
            for (UniqueConstraint unique : model.uniques()) {
                if (unique.isCompound()) {
                    fields.add(optional(unique.whereUniqueName(),
                            object(compoundUnique(model, unique.clientName(), unique.scalarFields()))));
                }
            }
            model.primaryKey().filter(PrimaryKey::isCompound).ifPresent(pk -> fields.add(optional(pk.whereUniqueName(),
                    object(compoundUnique(model, pk.clientName(), pk.scalarFields())))));
            fields.addAll(booleanOperators(object(where(model))));
            for (Field field : rest) {
                fields.add(filterField(field, false));
            }
            return fields;
        }).tag(InputObjectType.Tag.WHERE);
        return type.requireAtLeastOne().constrainOn(uniqueNames(model));
    }

    /** The names that select one record: single unique fields, compound uniques, the compound id. */
    static List<String> uniqueNames(Model model) {
        List<String> names = new ArrayList<>();
        for (ScalarField field : ModelFields.clientScalars(model)) {
            if (ModelFields.isSingleUnique(field)) {
                names.add(field.name());
            }
        }
        for (UniqueConstraint unique : model.uniques()) {
            if (unique.isCompound()) {
                names.add(unique.whereUniqueName());
            }
        }
        model.primaryKey().filter(PrimaryKey::isCompound).ifPresent(pk -> names.add(pk.whereUniqueName()));
        return names;
    }

    private InputObjectType compoundUnique(Model model, String alias, List<ScalarField> fields) {
        String suffix = alias != null ? ModelFields.capitalize(alias)
                : String.join("", fields.stream().map(f -> ModelFields.capitalize(f.name())).toList());
        return schema.inputObject(model.name() + suffix + "CompoundUniqueInput", () -> fields.stream()
                .map(f -> InputField.required(f.name(), schema.scalarInput(f))).toList());
    }

    /** The where-field of one model field: its filter types plus the equality shorthand. */
    InputField filterField(Field field, boolean withAggregates) {
        List<InputType> types = new ArrayList<>();
        boolean nullable;
        if (field instanceof RelationField relation) {
            Model related = relation.relatedModel();
            if (relation.isList()) {
                types.add(object(toManyRelationFilter(related)));
            } else {
                types.add(object(toOneRelationFilter(related, relation.isOptional())));
                types.add(object(where(related)));
            }
            nullable = !relation.isRequired() && !relation.isList();
        } else {
            ScalarField scalar = (ScalarField) field;
            if (scalar.isList()) {
                types.add(object(scalarListFilter(scalar)));
            } else {
                types.add(object(scalarFilter(scalar, scalar.isOptional(), false, withAggregates)));
                if (scalar.scalarType() != ScalarType.JSON) {
                    types.add(schema.scalarInput(scalar));
                }
            }
            nullable = scalar.isOptional() && scalar.scalarType() != ScalarType.JSON;
        }
        return optional(field.name(), types).nullableIf(nullable);
    }

    private InputObjectType toManyRelationFilter(Model related) {
        return schema.inputObject(related.name() + "ListRelationFilter", () -> {
            InputType where = object(where(related));
            return List.of(optional("every", where), optional("some", where), optional("none", where));
        }).tag(InputObjectType.Tag.RELATION_ENVELOPE);
    }

    private InputObjectType toOneRelationFilter(Model related, boolean nullable) {
        String name = related.name() + (nullable ? "Nullable" : "") + "ScalarRelationFilter";
        return schema.inputObject(name, () -> {
            InputType where = object(where(related));
            return List.of(optional("is", where).nullable(), optional("isNot", where).nullable());
        }).tag(InputObjectType.Tag.RELATION_ENVELOPE);
    }

    /** {@code StringNullableListFilter}: equals, has, hasEvery, hasSome, isEmpty. */
    private InputObjectType scalarListFilter(ScalarField field) {
        String name = QuerySchema.filterTypeName(field) + (field.isRequired() ? "" : "Nullable") + "ListFilter";
        InputObjectType type = schema.inputObject(name, () -> {
            InputType element = schema.elementInput(field);
            InputType listType = list(element);
            return List.of(
                    optional("equals", schema.withFieldRef(listType)).nullable(),
                    optional("has", schema.withFieldRef(element)).nullable(),
                    optional("hasEvery", schema.withFieldRef(listType)),
                    optional("hasSome", schema.withFieldRef(listType)),
                    optional("isEmpty", scalar(ScalarKind.BOOLEAN)));
        });
        return type.requireExactlyOne();
    }

    /**
     * {@code [Nested]<Type>[Nullable][WithAggregates]Filter} with the operators of the type, then
     * {@code not}, then the aggregate filters when asked.
     */
    InputObjectType scalarFilter(ScalarField field, boolean nullable, boolean nested, boolean withAggregates) {
        String typeName = QuerySchema.filterTypeName(field);
        String name = (nested ? "Nested" : "") + typeName + (nullable ? "Nullable" : "")
                + (withAggregates ? "WithAggregates" : "") + "Filter";
        return schema.inputObject(name, () -> scalarFilterFields(field, nullable, nested, withAggregates));
    }

    private List<InputField> scalarFilterFields(ScalarField field, boolean nullable, boolean nested,
                                                boolean withAggregates) {
        InputType type = schema.elementInput(field);
        ScalarType scalarType = field.isEnum() ? null : field.scalarType();
        List<InputField> fields = new ArrayList<>();
        if (scalarType == ScalarType.JSON) {
            fields.add(optional("equals", jsonNullTypes(type)));
            if (schema.jsonFiltering()) {
                fields.addAll(jsonFilters());
                if (schema.jsonArrayContains()) {
                    List<InputType> types = schema.jsonArrayPath() ? schema.withFieldRef(type) : List.of(type);
                    for (String op : List.of("lt", "lte", "gt", "gte")) {
                        fields.add(optional(op, types));
                    }
                }
            }
            fields.add(optional("not", jsonNullTypes(type)));
        } else {
            fields.add(optional("equals", schema.withFieldRef(type)).nullableIf(nullable));
            boolean inclusion = scalarType != ScalarType.BOOLEAN;
            boolean ordered = scalarType != null && scalarType != ScalarType.BOOLEAN && scalarType != ScalarType.BYTES;
            if (inclusion) {
                InputType listType = list(type);
                List<InputType> inTypes = schema.scalarLists() ? schema.withFieldRef(listType) : List.of(listType);
                fields.add(optional("in", inTypes).nullableIf(nullable));
                fields.add(optional("notIn", inTypes).nullableIf(nullable));
            }
            if (ordered) {
                for (String op : List.of("lt", "lte", "gt", "gte")) {
                    fields.add(optional(op, schema.withFieldRef(type)));
                }
            }
            if (scalarType == ScalarType.STRING) {
                for (String op : List.of("contains", "startsWith", "endsWith")) {
                    fields.add(optional(op, schema.withFieldRef(type)));
                }
                if (schema.fullTextSearch()) {
                    fields.add(optional("search", type));
                }
                if (!nested && schema.insensitiveFilters()) {
                    fields.add(optional("mode", queryMode()).withDefault("default"));
                }
            }
            InputType nestedNot = object(scalarFilter(field, nullable, true, withAggregates));
            fields.add(optional("not", List.of(type, nestedNot)).nullableIf(nullable));
        }
        if (withAggregates) {
            fields.add(optional("_count", object(intFilter(nullable))));
            if (scalarType != null && scalarType.isNumeric()) {
                fields.add(optional("_avg", object(avgFilter(field, nullable))));
                fields.add(optional("_sum", object(scalarFilter(field, nullable, true, false))));
            }
            fields.add(optional("_min", object(scalarFilter(field, nullable, true, false))));
            fields.add(optional("_max", object(scalarFilter(field, nullable, true, false))));
        }
        return fields;
    }

    private List<InputType> queryMode() {
        return schema.withFieldRef(InputType.enumOf(QuerySchema.QUERY_MODE));
    }

    private List<InputType> jsonNullTypes(InputType json) {
        List<InputType> types = new ArrayList<>(schema.withFieldRef(json));
        types.add(InputType.enumOf(QuerySchema.JSON_NULL_VALUE_FILTER));
        return types;
    }

    private List<InputField> jsonFilters() {
        InputType string = scalar(ScalarKind.STRING);
        InputType json = scalar(ScalarKind.JSON);
        List<InputField> fields = new ArrayList<>();
        fields.add(optional("path", schema.jsonArrayPath() ? list(string) : string));
        fields.add(optional("mode", queryMode()).withDefault("default"));
        fields.add(optional("string_contains", schema.withFieldRef(string)));
        fields.add(optional("string_starts_with", schema.withFieldRef(string)));
        fields.add(optional("string_ends_with", schema.withFieldRef(string)));
        fields.add(optional("array_starts_with", schema.withFieldRef(json)).nullable());
        fields.add(optional("array_ends_with", schema.withFieldRef(json)).nullable());
        if (schema.jsonArrayContains()) {
            fields.add(optional("array_contains", schema.withFieldRef(json)).nullable());
        }
        return fields;
    }

    private InputObjectType intFilter(boolean nullable) {
        String name = "NestedInt" + (nullable ? "Nullable" : "") + "Filter";
        return schema.inputObject(name, () -> numberFilterFields(ScalarKind.INT, nullable, name));
    }

    private InputObjectType avgFilter(ScalarField field, boolean nullable) {
        if (field.scalarType() == ScalarType.DECIMAL) {
            return scalarFilter(field, nullable, true, false);
        }
        String name = "NestedFloat" + (nullable ? "Nullable" : "") + "Filter";
        return schema.inputObject(name, () -> numberFilterFields(ScalarKind.FLOAT, nullable, name));
    }

    private List<InputField> numberFilterFields(ScalarKind kind, boolean nullable, String selfName) {
        InputType type = scalar(kind);
        List<InputField> fields = new ArrayList<>();
        fields.add(optional("equals", schema.withFieldRef(type)).nullableIf(nullable));
        InputType listType = list(type);
        List<InputType> inTypes = schema.scalarLists() ? schema.withFieldRef(listType) : List.of(listType);
        fields.add(optional("in", inTypes).nullableIf(nullable));
        fields.add(optional("notIn", inTypes).nullableIf(nullable));
        for (String op : List.of("lt", "lte", "gt", "gte")) {
            fields.add(optional(op, schema.withFieldRef(type)));
        }
        fields.add(optional("not", List.of(type, object(schema.inputObject(selfName,
                () -> numberFilterFields(kind, nullable, selfName))))).nullableIf(nullable));
        return fields;
    }
}
