package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

/** Prisma's messages about indexes and unique constraints ({@code attribute} written with its at signs). */
public final class IndexMessages {
    private IndexMessages() {
    }

    public static Diagnostic noFields(String attribute, Span span) {
        return Messages.attributeValidationError("The list of fields in an index cannot be empty. Please specify at "
                + "least one field.", attribute, span);
    }

    public static Diagnostic clientNameClashesWithField(String name, String attribute, String container, String model,
                                                        Span span) {
        return Messages.modelValidationError("The field `" + name + "` clashes with the `" + attribute + "` name. "
                + "Please resolve the conflict by providing a custom id name: `" + attribute + "([...], name: "
                + "\"custom_name\")`", container, model, span);
    }

    public static Diagnostic lengthNotSupported(String attribute, Span span) {
        return Messages.attributeValidationError("The length argument is not supported in an index definition with "
                + "the current connector", attribute, span);
    }

    public static Diagnostic typeNotSupported(String attribute, Span span) {
        return Messages.attributeValidationError("The given index type is not supported with the current connector",
                attribute, span);
    }

    public static Diagnostic hashWithSort(String attribute, Span span) {
        return Messages.attributeValidationError("Hash type does not support sort option.", attribute, span);
    }

    public static Diagnostic fulltextNotSupported(String attribute, Span span) {
        return Messages.attributeValidationError("Defining fulltext indexes is not supported with the current "
                + "connector.", attribute, span);
    }

    public static Diagnostic fulltextWithLength(String attribute, Span span) {
        return Messages.attributeValidationError("The length argument is not supported in a @@fulltext attribute.",
                attribute, span);
    }

    public static Diagnostic fulltextWithSort(String attribute, Span span) {
        return Messages.attributeValidationError("The sort argument is not supported in a @@fulltext attribute in the "
                + "current connector.", attribute, span);
    }

    public static Diagnostic fulltextFieldsNotAdjacent(String attribute, Span span) {
        return Messages.attributeValidationError("All index fields must be listed adjacently in the fields argument.",
                attribute, span);
    }

    public static Diagnostic operatorClassOnNonIndex(String attribute, Span span) {
        return Messages.attributeValidationError("Operator classes can only be defined to fields in an @@index "
                + "attribute.", attribute, span);
    }

    public static Diagnostic compositeTypeInCompoundIndex(String field, String attribute, Span span) {
        return Messages.attributeValidationError("Prisma does not currently support composite types in compound "
                + "indices, please remove \"" + field + "\" from the index. See "
                + "https://pris.ly/d/mongodb-composite-compound-indices for more details", attribute, span);
    }

    public static Diagnostic alreadyExists(String attribute, Span span) {
        return Messages.attributeValidationError("Index already exists in the model.", attribute, span);
    }

    public static Diagnostic uniqueOnIdMongo(String attribute, Span span) {
        return Messages.attributeValidationError("The same field cannot be an id and unique on MongoDB.", attribute,
                span);
    }

    public static Diagnostic spGistMultipleColumns(String attribute, Span span) {
        return Messages.attributeValidationError("SpGist does not support multi-column indices.", attribute, span);
    }

    public static Diagnostic operatorClassNotForIndexType(String opclass, String algorithm, String attribute,
                                                          Span span) {
        return Messages.attributeValidationError("The given operator class `" + opclass + "` is not supported with the `"
                + algorithm + "` index type.", attribute, span);
    }

    public static Diagnostic operatorClassNotForNativeType(String opclass, String nativeType, String field,
                                                           String attribute, Span span) {
        return Messages.attributeValidationError("The given operator class `" + opclass + "` does not support native "
                + "type `" + nativeType + "` of field `" + field + "`.", attribute, span);
    }

    public static Diagnostic noDefaultOperatorClass(String algorithm, String nativeType, String attribute, Span span) {
        return Messages.attributeValidationError("The " + algorithm + " index field type `" + nativeType + "` has no "
                + "default operator class.", attribute, span);
    }

    public static Diagnostic operatorClassNeedsNativeType(String opclass, String field, String attribute, Span span) {
        return Messages.attributeValidationError("The given operator class `" + opclass + "` expects the field `"
                + field + "` to define a valid native type.", attribute, span);
    }

    public static Diagnostic indexTypeDoesNotSupportField(String algorithm, String field, String attribute,
                                                          Span span) {
        return Messages.attributeValidationError("The " + algorithm + " index type does not support the type of the "
                + "field `" + field + "`.", attribute, span);
    }

    /** {@code kind} is {@code Json}, {@code String}, {@code Float}, {@code Int}, ... */
    public static Diagnostic operatorClassWrongFieldType(String opclass, String field, String kind, String attribute,
                                                         Span span) {
        return Messages.attributeValidationError("The given operator class `" + opclass + "` points to the field `"
                + field + "` that is not of " + kind + " type.", attribute, span);
    }

    public static Diagnostic arrayOpsNeedsList(String field, String attribute, Span span) {
        return Messages.attributeValidationError("The given operator class `ArrayOps` expects the type of field `"
                + field + "` to be an array.", attribute, span);
    }
}
