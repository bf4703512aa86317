package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

import java.util.List;

/** Prisma's messages about models, views, their keys, fields and provider support. */
public final class ModelMessages {
    private ModelMessages() {
    }

    public static Diagnostic viewWithPrimaryKey(Span span) {
        return Messages.validationError("Views cannot have primary keys.", span);
    }

    public static Diagnostic viewWithIndex(Span span) {
        return Messages.validationError("Views cannot have indexes.", span);
    }

    public static Diagnostic viewUniqueWithMap(Span span) {
        return Messages.validationError("@@unique annotations on views are not backed by unique indexes in the "
                + "database and cannot specify a mapped database name.", span);
    }

    public static Diagnostic viewUniqueClustered(Span span) {
        return Messages.validationError("@@unique annotations on views are not backed by unique indexes in the "
                + "database and cannot be clustered.", span);
    }

    public static Diagnostic viewUniqueFieldArguments(String attribute, Span span) {
        return Messages.attributeValidationError("Scalar fields in @@unique attributes in views cannot have "
                + "arguments.", attribute, span);
    }

    public static Diagnostic cockroachAutoincrementOnInt(Span span) {
        return Messages.attributeValidationError("The `autoincrement()` default function is defined only on BigInt "
                + "fields on CockroachDB. Use sequence() if you want an autoincrementing Int field.", "default", span);
    }

    public static Diagnostic unexpectedSequenceArgument(Span span) {
        return Diagnostic.error("Unexpected argument in `sequence()` function call", span);
    }

    public static Diagnostic viewsNeedPreviewFeature(Span span) {
        return Messages.validationError("View definitions are only available with the `views` preview feature.",
                span);
    }

    /** {@code loose} lists the criteria that were not considered, one "- a, b" line each. */
    public static Diagnostic noStrictUniqueCriteria(String container, String model, List<String> loose, Span span) {
        String message = "Each " + container + " must have at least one unique criteria that has only required fields. "
                + "Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or "
                + "`@@unique([])` to the " + container + ".";
        if (!loose.isEmpty()) {
            message += " The following unique criterias were not considered as they contain fields that are not "
                    + "required:\n" + String.join("\n", loose);
        }
        return Messages.modelValidationError(message, container, model, span);
    }

    public static Diagnostic duplicateModelDatabaseName(String databaseName, String existing, Span span) {
        return Diagnostic.error("The model with database name \"" + databaseName + "\" could not be defined because "
                + "another model or view with this name exists: \"" + existing + "\"", span);
    }

    public static Diagnostic duplicateEnumDatabaseName(Span span) {
        return Diagnostic.error("An enum with the same database name is already defined.", span);
    }

    public static Diagnostic constraintNameClash(String name, String namespace, String attribute, Span span) {
        return Messages.attributeValidationError("The given constraint name `" + name + "` has to be unique in the "
                + "following namespace: " + namespace + ". Please provide a different name using the `map` argument.",
                attribute, span);
    }

    public static Diagnostic customNameClash(String name, String attribute, Span span) {
        return Messages.attributeValidationError("The given custom name `" + name + "` has to be unique on the model. "
                + "Please provide a different name for the `name` argument.", attribute, span);
    }

    /** {@code attribute} is written with its at signs ({@code @@id}, {@code @unique}, ...). */
    public static Diagnostic constraintNameTooLong(String name, String attribute, int max, String model, Span span) {
        return Messages.modelValidationError("The constraint name '" + name + "' specified in the `map` argument for "
                + "the `" + attribute + "` constraint is too long for your chosen provider. The maximum allowed "
                + "length is " + max + " bytes.", "model", model, span);
    }

    public static Diagnostic emptyIdFields(String attribute, Span span) {
        return Messages.attributeValidationError("The list of fields in an `" + attribute + "()` attribute cannot be "
                + "empty. Please specify at least one field.", attribute, span);
    }

    public static Diagnostic idNameClashesWithField(String field, String container, String model, Span span) {
        return Messages.modelValidationError("The field `" + field + "` clashes with the `@@id` attribute's name. "
                + "Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`",
                container, model, span);
    }

    public static Diagnostic namedPrimaryKeyNotSupported(String container, String model, Span span) {
        return Messages.modelValidationError("You defined a database name for the primary key on the model. This is "
                + "not supported by the provider.", container, model, span);
    }

    public static Diagnostic compoundIdsNotSupported(String container, String model, Span span) {
        return Messages.modelValidationError("The current connector does not support compound ids.", container, model,
                span);
    }

    public static Diagnostic primaryKeyLengthNotSupported(String attribute, Span span) {
        return Messages.attributeValidationError("The length argument is not supported in the primary key with the "
                + "current connector", attribute, span);
    }

    public static Diagnostic primaryKeySortNotSupported(String attribute, Span span) {
        return Messages.attributeValidationError("The sort argument is not supported in the primary key with the "
                + "current connector", attribute, span);
    }

    public static Diagnostic onlyOneFulltextIndex(Span span) {
        return Messages.attributeValidationError("The current connector only allows one fulltext attribute per model",
                "@@fulltext", span);
    }

    public static Diagnostic schemaNotInDatasource(Span span) {
        return Diagnostic.error("This schema is not defined in the datasource. Read more on `@@schema` at "
                + "https://pris.ly/d/multi-schema", span);
    }

    public static Diagnostic schemaAttributeNotSupported(Span span) {
        return Diagnostic.error("@@schema is not supported on the current datasource provider", span);
    }

    public static Diagnostic schemaAttributeMissing(String container, String model, Span span) {
        return Messages.modelValidationError("This " + container + " is missing an `@@schema` attribute.", container,
                model, span);
    }

    public static Diagnostic enumSchemaAttributeMissing(Span span) {
        return Diagnostic.error("This enum is missing an `@@schema` attribute.", span);
    }

    public static Diagnostic schemasNotSupported(Span span) {
        return Diagnostic.error("The `schemas` property is not supported on the current connector.", span);
    }

    public static Diagnostic enumsNotSupported(String name, Span span) {
        return Messages.validationError("You defined the enum `" + name + "`. But the current connector does not "
                + "support enums.", span);
    }

    public static Diagnostic autoincrementNotSupported(Span span) {
        return Messages.attributeValidationError("The `autoincrement()` default value is used with a datasource that "
                + "does not support it.", "@default", span);
    }

    public static Diagnostic autoincrementUsedTwice(Span span) {
        return Messages.attributeValidationError("The `autoincrement()` default value is used multiple times on this "
                + "model even though the underlying datasource only supports one instance per table.", "@default", span);
    }

    public static Diagnostic autoincrementOnNonId(Span span) {
        return Messages.attributeValidationError("The `autoincrement()` default value is used on a non-id field even "
                + "though the datasource does not support this.", "@default", span);
    }

    public static Diagnostic autoincrementOnNonIndexed(Span span) {
        return Messages.attributeValidationError("The `autoincrement()` default value is used on a non-indexed field "
                + "even though the datasource does not support this.", "@default", span);
    }

    public static Diagnostic lengthOnlyForStringsAndBytes(String attribute, Span span) {
        return Messages.attributeValidationError("The length argument is only allowed with field types `String` or "
                + "`Bytes`.", attribute, span);
    }

    public static Diagnostic clusteringNotSupported(String attribute, Span span) {
        return Messages.attributeValidationError("Defining clustering is not supported in the current connector.",
                attribute, span);
    }

    public static Diagnostic onlyOneClusteredIndexOrId(String attribute, Span span) {
        return Messages.attributeValidationError("A model can only hold one clustered index or id.", attribute, span);
    }

    public static Diagnostic onlyOneClusteredIndexOrKey(String attribute, Span span) {
        return Messages.attributeValidationError("A model can only hold one clustered index or key.", attribute, span);
    }

    public static Diagnostic onlyOneClusteredIndex(String attribute, Span span) {
        return Messages.attributeValidationError("A model can only hold one clustered index.", attribute, span);
    }

    /** {@code attribute} is {@code @@index}, {@code @@unique} or {@code @@id}. */
    public static Diagnostic clientNameTakenByField(String attribute, String field, String container, String model,
                                                    Span span) {
        return Messages.modelValidationError("The custom name `" + field + "` specified for the `" + attribute
                + "` attribute is already used as a name for a field. Please choose a different name.", container,
                model, span);
    }

    public static Diagnostic jsonNotSupported(String container, String model, String field, Span span) {
        return Messages.fieldValidationError("Field `" + field + "` in " + container + " `" + model + "` can't be of "
                + "type Json. The current connector does not support the Json type.", container, model, field, span);
    }

    public static Diagnostic jsonListNotSupported(String container, String model, String field, Span span) {
        return Messages.fieldValidationError("Field `" + field + "` in " + container + " `" + model + "` can't be of "
                + "type Json[]. The current connector does not support the Json List type.", container, model, field,
                span);
    }

    public static Diagnostic decimalNotSupported(String container, String model, String field, Span span) {
        return Messages.fieldValidationError("Field `" + field + "` in " + container + " `" + model + "` can't be of "
                + "type Decimal. The current connector does not support the Decimal type.", container, model, field,
                span);
    }

    public static Diagnostic scalarListsNotSupported(String container, String model, String field, Span span) {
        return Diagnostic.error("Field \"" + field + "\" in " + container + " \"" + model + "\" can't be a list. The "
                + "current connector does not support lists of primitive types.", span);
    }

    public static Diagnostic namedDefaultNotSupported(Span span) {
        return Messages.attributeValidationError("You defined a database name for the default value of a field on the "
                + "model. This is not supported by the provider.", "@default", span);
    }

    public static Diagnostic autoNotSupported(Span span) {
        return Messages.attributeValidationError("The current connector does not support the `auto()` function.",
                "@default", span);
    }

    public static Diagnostic unsupportedIsNativeType(String unsupported, String field, String scalarType,
                                                     String datasource, String nativeType, Span span) {
        return Messages.validationError("The type `Unsupported(\"" + unsupported + "\")` you specified in the type "
                + "definition for the field `" + field + "` is supported as a native type by Prisma. Please use the "
                + "native type notation `" + scalarType + " @" + datasource + "." + nativeType + "` for full support.",
                span);
    }

    public static Diagnostic compositeTypesNotSupported(String connector, Span span) {
        return Messages.validationError("Composite types are not supported on " + connector + ".", span);
    }

    public static Diagnostic compositeTypeWithoutFields(Span span) {
        return Messages.validationError("A type must have at least one field defined.", span);
    }

    public static Diagnostic compositeTypeSelfCycle(String type, String field, Span span) {
        return Messages.compositeTypeFieldValidationError("The type is the same as the parent and causes an endless "
                + "cycle. Please change the field to be either optional or a list.", type, field, span);
    }

    public static Diagnostic compositeTypeCycle(String path, String type, String field, Span span) {
        return Messages.compositeTypeFieldValidationError("The types cause an endless cycle in the path " + path
                + ". Please change one of the fields to be either optional or a list to break the cycle.", type, field,
                span);
    }

    public static Diagnostic compositeDefaultWithMap(Span span) {
        return Messages.attributeValidationError("A `map` argument for the default value of a field on a composite "
                + "type is not allowed. Consider removing it.", "@default", span);
    }

    /** {@code details} is the parser's explanation, e.g. "input contains invalid characters". */
    public static Diagnostic invalidDefaultLiteral(String value, String what, String details, String attribute,
                                                   Span span) {
        return Messages.attributeValidationError("Parse error: \"" + value + "\" is not a valid " + what + ". ("
                + details + ")", attribute, span);
    }
}
