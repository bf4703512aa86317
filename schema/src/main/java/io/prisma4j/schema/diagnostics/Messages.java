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
}
