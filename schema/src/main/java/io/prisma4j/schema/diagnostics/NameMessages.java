package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

/** Prisma's messages about names: reserved names, identifiers, duplicates. */
public final class NameMessages {
    private NameMessages() {
    }

    public static Diagnostic reservedScalarTypeName(String name, Span span) {
        return Diagnostic.error("\"" + name + "\" is a reserved scalar type name and cannot be used.", span);
    }

    /** A model, view, enum or composite type name taken by another declaration. */
    public static Diagnostic duplicateTop(String name, String type, String existingType, Span span) {
        return Diagnostic.error("The " + type + " \"" + name + "\" cannot be defined because a " + existingType
                + " with that name already exists.", span);
    }

    public static Diagnostic duplicateField(String model, String field, String container, Span span) {
        return Diagnostic.error("Field \"" + field + "\" is already defined on " + container + " \"" + model + "\".",
                span);
    }

    public static Diagnostic duplicateCompositeTypeField(String type, String field, Span span) {
        return duplicateField(type, field, "composite type", span);
    }

    public static Diagnostic duplicateEnumValue(String enumName, String value, Span span) {
        return Diagnostic.error("Value \"" + value + "\" is already defined on enum \"" + enumName + "\".", span);
    }

    /** {@code block} is e.g. {@code generator "client"}. */
    public static Diagnostic duplicateConfigKey(String block, String key, Span span) {
        return Diagnostic.error("Key \"" + key + "\" is already defined in " + block + ".", span);
    }

    public static Diagnostic emptyName(String item, Span span) {
        return Messages.validationError("The name of a " + item + " must not be empty.", span);
    }

    public static Diagnostic nameStartsWithNumber(String item, Span span) {
        return Messages.validationError("The name of a " + item + " must not start with a number.", span);
    }

    public static Diagnostic nameContainsDash(String item, Span span) {
        return Messages.validationError("The character `-` is not allowed in " + item + " names.", span);
    }

    /** {@code blockType} is {@code model} or {@code view}. */
    public static Diagnostic reservedModelName(String blockType, String name, Span span) {
        return Messages.modelValidationError("The " + blockType + " name `" + name + "` is invalid. It is a reserved "
                + "name. Please change it. Read more at https://pris.ly/d/naming-models", "model", name, span);
    }

    public static Diagnostic reservedEnumName(String name, Span span) {
        return Messages.enumValidationError("The enum name `" + name + "` is invalid. It is a reserved name. Please "
                + "change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/"
                + "data-model#naming-enums", name, span);
    }

    public static Diagnostic typeNotFound(String type, Span span) {
        return Diagnostic.error("Type \"" + type + "\" is neither a built-in type, nor refers to another model, "
                + "composite type, or enum.", span);
    }

    public static Diagnostic typeNotFound(String type, String suggestion, Span span) {
        return Diagnostic.error("Type \"" + type + "\" is neither a built-in type, nor refers to another model, "
                + "composite type, or enum. Did you mean \"" + suggestion + "\"?", span);
    }

    public static Diagnostic emptyEnum(Span span) {
        return Messages.validationError("An enum must have at least one value.", span);
    }

    public static Diagnostic relationFieldInCompositeType(String model, String type, Span span) {
        return Messages.compositeTypeValidationError(model + " refers to a model, making this a relation field. "
                + "Relation fields inside composite types are not supported.", type, span);
    }
}
