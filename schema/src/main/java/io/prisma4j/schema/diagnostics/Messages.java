package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

/**
 * Named factories for schema diagnostics. Each owns one of Prisma's messages word for word, so the
 * wording lives in exactly one place.
 */
public final class Messages {
    private Messages() {
    }

    /** {@code Error validating: <message>} */
    public static Diagnostic validationError(String message, Span span) {
        return Diagnostic.error("Error validating: " + message, span);
    }

    /** {@code Error validating <block> "<name>": <message>} */
    public static Diagnostic modelValidationError(String message, String blockType, String modelName, Span span) {
        return Diagnostic.error("Error validating " + blockType + " \"" + modelName + "\": " + message, span);
    }

    /** {@code Error validating field `<field>` in <container> `<name>`: <message>} */
    public static Diagnostic fieldValidationError(String message, String containerType, String containerName,
                                                  String field, Span span) {
        return Diagnostic.error("Error validating field `" + field + "` in " + containerType + " `" + containerName
                + "`: " + message, span);
    }

    /** {@code Error parsing attribute "<name>": <message>} ({@code name} with its {@code @}/{@code @@}). */
    public static Diagnostic attributeValidationError(String message, String attributeName, Span span) {
        return Diagnostic.error("Error parsing attribute \"" + attributeName + "\": " + message, span);
    }

    public static Diagnostic invalidTopLevelLine(Span span) {
        return validationError("This line is invalid. It does not start with any known Prisma schema keyword.", span);
    }

    public static Diagnostic invalidBlock(Span span) {
        return validationError("This block is invalid. It does not start with any known Prisma schema keyword. "
                + "Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.", span);
    }

    public static Diagnostic invalidBlockLine(Span span) {
        return validationError("This line is not a valid field or attribute definition.", span);
    }

    public static Diagnostic invalidEnumLine(Span span) {
        return validationError("This line is not an enum value definition.", span);
    }

    public static Diagnostic invalidConfigLine(Span span) {
        return validationError("This line is not a valid definition within a datasource.", span);
    }

    public static Diagnostic invalidGeneratorLine(Span span) {
        return validationError("This line is not a valid definition within a generator.", span);
    }

    public static Diagnostic invalidTypeAlias(Span span) {
        return validationError("Invalid type definition. Please check the documentation in "
                + "https://pris.ly/d/composite-types", span);
    }

    public static Diagnostic fieldMissingNameOrType(String containerType, String containerName, Span span) {
        return modelValidationError("This field declaration is invalid. It is either missing a name or a type.",
                containerType, containerName, span);
    }

    public static Diagnostic legacyColon(Span span) {
        return Diagnostic.error("Field declarations don't require a `:`.", span);
    }

    public static Diagnostic legacyRequired(Span span) {
        return Diagnostic.error("Fields are required by default, `!` is no longer required.", span);
    }

    public static Diagnostic legacyList(Span span) {
        return Diagnostic.error("To specify a list, please use `Type[]` instead of `[Type]`.", span);
    }

    public static Diagnostic optionalList(Span span) {
        return Diagnostic.error("Optional lists are not supported. Use either `Type[]` or `Type?`.", span);
    }

    public static Diagnostic unexpectedToken(String expected, Span span) {
        return Diagnostic.error("Unexpected token. Expected one of: " + expected, span);
    }

    /** {@code Error validating datasource `<name>`: <message>} */
    public static Diagnostic sourceValidationError(String message, String source, Span span) {
        return Diagnostic.error("Error validating datasource `" + source + "`: " + message, span);
    }

    /** {@code Error validating enum `<name>`: <message>} */
    public static Diagnostic enumValidationError(String message, String enumName, Span span) {
        return Diagnostic.error("Error validating enum `" + enumName + "`: " + message, span);
    }

    /** {@code Error validating composite type "<name>": <message>} */
    public static Diagnostic compositeTypeValidationError(String message, String typeName, Span span) {
        return Diagnostic.error("Error validating composite type \"" + typeName + "\": " + message, span);
    }

    /** {@code Error validating field `<field>` in composite type `<name>`: <message>} */
    public static Diagnostic compositeTypeFieldValidationError(String message, String typeName, String field,
                                                               Span span) {
        return fieldValidationError(message, "composite type", typeName, field, span);
    }

    /** {@code Warning validating field `<field>` in model `<model>`: <message>} */
    public static Diagnostic fieldValidationWarning(String message, String model, String field, Span span) {
        return Diagnostic.warning("Warning validating field `" + field + "` in model `" + model + "`: " + message,
                span);
    }

    /** {@code Invalid model: <message>} */
    public static Diagnostic invalidModel(String message, Span span) {
        return Diagnostic.error("Invalid model: " + message, span);
    }

    // ---------------------------------------------------------------- attributes and arguments

    public static Diagnostic attributeNotKnown(String name, Span span) {
        return Diagnostic.error("Attribute not known: \"@" + name + "\".", span);
    }

    public static Diagnostic duplicateAttribute(String name, Span span) {
        return Diagnostic.error("Attribute \"@" + name + "\" can only be defined once.", span);
    }

    public static Diagnostic argumentMissing(String name, Span span) {
        return Diagnostic.error("Argument \"" + name + "\" is missing.", span);
    }

    public static Diagnostic duplicateArgument(String name, Span span) {
        return Diagnostic.error("Argument \"" + name + "\" is already specified.", span);
    }

    public static Diagnostic duplicateDefaultArgument(String name, Span span) {
        return Diagnostic.error("Argument \"" + name + "\" is already specified as unnamed argument.", span);
    }

    /** An argument no validator asked for. */
    public static Diagnostic unusedArgument(Span span) {
        return Diagnostic.error("No such argument.", span);
    }

    public static Diagnostic argumentMissingValue(String argument, String attributeName, Span span) {
        return attributeValidationError("The `" + argument + "` argument is missing a value.", attributeName, span);
    }

    public static Diagnostic trailingCommaInArguments(String attributeName, Span span) {
        return attributeValidationError(
                "Trailing commas are not valid in attribute arguments, please remove the comma.", attributeName,
                span);
    }

    public static Diagnostic multipleUnnamedArguments(String values, String attributeName, Span span) {
        return attributeValidationError("You provided multiple unnamed arguments. This is not possible. Did you "
                + "forget the brackets? Did you mean `[" + values + "]`?", attributeName, span);
    }

    /** {@code Expected a <type> value, but received <kind> value `<raw>`.} */
    public static Diagnostic typeMismatch(String expectedType, String receivedKind, String raw, Span span) {
        return Diagnostic.error("Expected a " + expectedType + " value, but received " + receivedKind + " value `"
                + raw + "`.", span);
    }

    /** {@code Expected <what>, but found <raw>.} */
    public static Diagnostic valueParserError(String expected, String raw, Span span) {
        return Diagnostic.error("Expected " + expected + ", but found " + raw + ".", span);
    }

    public static Diagnostic propertyNotKnown(String name, Span span) {
        return Diagnostic.error("Property not known: \"" + name + "\".", span);
    }

    public static Diagnostic argumentNotKnown(String name, Span span) {
        return Diagnostic.error("Argument not known: \"" + name + "\".", span);
    }
}
