package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

/** Prisma's messages about MongoDB's own rules. */
public final class MongoMessages {
    private MongoMessages() {
    }

    public static Diagnostic idRequired(Span span) {
        return Messages.invalidModel("MongoDB models require exactly one identity field annotated with @id", span);
    }

    /** {@code mappedName} is the field's {@code @map} (not {@code _id}), or {@code null}. */
    public static Diagnostic idNotMappedToUnderscoreId(String mappedName, String container, String model,
                                                       String field, Span span) {
        String message = mappedName == null ? "MongoDB model IDs must have an @map(\"_id\") annotation."
                : "MongoDB model IDs must have an @map(\"_id\") annotation, found @map(\"" + mappedName + "\").";
        return Messages.fieldValidationError(message, container, model, field, span);
    }

    public static Diagnostic autoNeedsObjectId(String container, String model, String field, Span span) {
        return Messages.fieldValidationError("MongoDB `@default(auto())` fields must have `ObjectId` native type.",
                container, model, field, span);
    }

    public static Diagnostic autoNeedsId(String container, String model, String field, Span span) {
        return Messages.fieldValidationError("MongoDB `@default(auto())` fields must have the `@id` attribute.",
                container, model, field, span);
    }

    public static Diagnostic dbGeneratedNotAllowed(String container, String model, String field, Span span) {
        return Messages.fieldValidationError("The `dbgenerated()` function is not allowed with MongoDB. Please use "
                + "`auto()` instead.", container, model, field, span);
    }

    public static Diagnostic fieldNameStartsWithDollar(Span span) {
        return Messages.attributeValidationError("The field name cannot start with a `$` character", "@map", span);
    }

    public static Diagnostic fieldNameContainsDot(Span span) {
        return Messages.attributeValidationError("The field name cannot contain a `.` character", "@map", span);
    }

    /**
     * Why two related fields should share a native type, or {@code null} when they do. Fields are
     * written {@code Model.field}, native types {@code db.ObjectId} (or {@code null} when absent).
     */
    public static String differentNativeTypes(String a, String aNative, String b, String bNative) {
        String prefix = "Field " + a + " and " + b + " must have the same native type for MongoDB to join those "
                + "collections correctly.";
        if (aNative != null && bNative != null && !aNative.equals(bNative)) {
            return prefix + " Consider updating those fields to either use '@" + aNative + "' or '@" + bNative + "'.";
        } else if (aNative == null && bNative != null) {
            return prefix + " Consider either removing " + b + "'s native type attribute or adding '@" + bNative
                    + "' to " + a + ".";
        } else if (aNative != null && bNative == null) {
            return prefix + " Consider either removing " + a + "'s native type attribute or adding '@" + aNative
                    + "' to " + b + ".";
        }
        return null;
    }
}
