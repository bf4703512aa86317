package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Span;

import java.util.List;

/**
 * Prisma's messages about attributes and their arguments ({@code Error parsing attribute "@x": ...}
 * and the model-level errors attributes cause).
 */
public final class AttributeMessages {
    private AttributeMessages() {
    }

    /** {@code Error parsing attribute "@<name>": <message>} on the attribute itself. */
    private static Diagnostic on(Attribute attribute, String message) {
        return Messages.attributeValidationError(message, "@" + attribute.name(), attribute.span());
    }

    /** Prisma's way of listing fields: {@code field `a`} or {@code fields `a`, `b`}. */
    public static String fieldsWithLeadingWord(List<String> names) {
        StringBuilder out = new StringBuilder(names.size() > 1 ? "fields " : "field ");
        for (int i = 0; i < names.size(); i++) {
            out.append(i > 0 ? ", " : "").append('`').append(names.get(i)).append('`');
        }
        return out.toString();
    }

    public static Diagnostic emptyMap(Attribute attribute) {
        return on(attribute, "The `map` argument cannot be an empty string.");
    }

    public static Diagnostic emptyName(Attribute attribute) {
        return on(attribute, "The `name` argument cannot be an empty string.");
    }

    public static Diagnostic emptyRelationName(Attribute attribute) {
        return on(attribute, "A relation cannot have an empty name.");
    }

    public static Diagnostic invalidSort(Attribute attribute, String value) {
        return on(attribute, "The `sort` argument can only be `Asc` or `Desc` you provided: " + value + ".");
    }

    public static Diagnostic ignoreOnUnsupported(Attribute attribute) {
        return on(attribute, "Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already "
                + "treated as ignored by the client due to their type.");
    }

    public static Diagnostic relationOnScalarField(Attribute attribute) {
        return on(attribute, "Invalid field type, not a relation.");
    }

    public static Diagnostic updatedAtNotDateTime(Attribute attribute) {
        return on(attribute, "Fields that are marked with @updatedAt must be of type DateTime.");
    }

    public static Diagnostic updatedAtOnList(Attribute attribute) {
        return on(attribute, "Fields that are marked with @updatedAt cannot be lists.");
    }

    public static Diagnostic idOnRelationField(Attribute attribute, String field) {
        return on(attribute, "The field `" + field + "` is a relation field and cannot be marked with `@id`. Only "
                + "scalar fields can be declared as id.");
    }

    public static Diagnostic defaultOnRelationField(Attribute attribute) {
        return on(attribute, "Cannot set a default value on a relation field.");
    }

    public static Diagnostic mapOnRelationField(Attribute attribute) {
        return on(attribute, "The attribute `@map` cannot be used on relation fields.");
    }

    /** {@code suggestion} is empty, or " Did you mean ...?" naming the underlying scalar fields. */
    public static Diagnostic uniqueOnRelationField(Attribute attribute, String field, List<String> scalarFields) {
        String suggestion = switch (scalarFields.size()) {
            case 0 -> "";
            case 1 -> " Did you mean to put it on `" + scalarFields.get(0) + "`?";
            default -> " Did you mean to provide `@@unique([" + String.join(", ", scalarFields) + "])`?";
        };
        return on(attribute, "The field `" + field + "` is a relation field and cannot be marked with `unique`. Only "
                + "scalar fields can be made unique." + suggestion);
    }

    public static Diagnostic fieldAlreadyIgnoredByModel(Span fieldSpan) {
        return Messages.attributeValidationError("Fields on an already ignored Model do not need an `@ignore` "
                + "annotation.", "@ignore", fieldSpan);
    }

    public static Diagnostic indexNameAndMap(Attribute attribute) {
        return on(attribute, "The `@@index` attribute accepts the `name` argument as an alias for the `map` "
                + "argument for legacy reasons. It does not accept both though. Please use the `map` argument to "
                + "specify the database name of the index.");
    }

    public static Diagnostic unknownIndexType(Attribute attribute, String type) {
        return on(attribute, "Unknown index type: " + type + ".");
    }

    /** {@code unique} adds "unique " before "index". */
    public static Diagnostic indexUnknownFields(boolean unique, List<String> fields, String model, Span span) {
        return Messages.modelValidationError("The " + (unique ? "unique " : "") + "index definition refers to the "
                + "unknown fields: " + String.join(", ", fields) + ".", "model", model, span);
    }

    public static Diagnostic indexRelationFields(boolean unique, List<String> fields, List<String> suggested,
                                                 String model, Span span) {
        String suggestion = suggested.isEmpty() ? "" : " Did you mean `@@" + (unique ? "unique" : "index") + "(["
                + String.join(", ", suggested) + "])`?";
        return Messages.modelValidationError("The " + (unique ? "unique " : "") + "index definition refers to the "
                + "relation fields " + String.join(", ", fields) + ". Index definitions must reference only scalar "
                + "fields." + suggestion, "model", model, span);
    }

    public static Diagnostic fieldUsedTwice(String field, String model, Span span) {
        return Messages.modelValidationError("The unique index definition refers to the field " + field
                + " multiple times.", "model", model, span);
    }

    public static Diagnostic invalidClientName(String attributeName, String model, Span span) {
        return Messages.modelValidationError("The `name` property within the `" + attributeName + "` attribute only "
                + "allows for the following characters: `_a-zA-Z0-9`.", "model", model, span);
    }

    public static Diagnostic relationFieldsUnknown(List<String> fields, Span span) {
        return Messages.validationError("The argument fields must refer only to existing fields. The following "
                + "fields do not exist in this model: " + String.join(", ", fields), span);
    }

    public static Diagnostic relationFieldsNotScalar(List<String> fields, Span span) {
        return Messages.validationError("The argument fields must refer only to scalar fields. But it is "
                + "referencing the following relation fields: " + String.join(", ", fields), span);
    }

    public static Diagnostic relationReferencesUnknown(String model, List<String> fields, Span span) {
        return Messages.validationError("The argument `references` must refer only to existing fields in the "
                + "related model `" + model + "`. The following fields do not exist in the related model: "
                + String.join(", ", fields), span);
    }

    public static Diagnostic relationReferencesNotScalar(String model, List<String> fields, Span span) {
        return Messages.validationError("The argument `references` must refer only to scalar fields in the "
                + "related model `" + model + "`. But it is referencing the following relation fields: "
                + String.join(", ", fields), span);
    }

    public static Diagnostic invalidReferentialAction(String action, Span span) {
        return Messages.attributeValidationError("Invalid referential action: `" + action + "`", "@relation", span);
    }

    public static Diagnostic idUnknownFields(List<String> fields, String model, Span span) {
        return Messages.modelValidationError("The multi field id declaration refers to the unknown "
                + fieldsWithLeadingWord(fields) + ".", "model", model, span);
    }

    public static Diagnostic idRelationFields(List<String> fields, String model, Span span) {
        return Messages.modelValidationError("The id definition refers to the relation "
                + fieldsWithLeadingWord(fields) + ". ID definitions must reference only scalar fields.", "model",
                model, span);
    }

    public static Diagnostic idOptionalFields(List<String> fields, String model, Span span) {
        return Messages.modelValidationError("The id definition refers to the optional "
                + fieldsWithLeadingWord(fields) + ". ID definitions must reference only required fields.", "model",
                model, span);
    }

    public static Diagnostic idAndCompoundId(String model, Span span) {
        return Messages.modelValidationError("Each model must have at most one id criteria. You can't have `@id` and "
                + "`@@id` at the same time.", "model", model, span);
    }

    public static Diagnostic multipleIdFields(String model, Span span) {
        return Messages.modelValidationError("At most one field must be marked as the id field with the `@id` "
                + "attribute.", "model", model, span);
    }

    public static Diagnostic idFieldNotRequired(Span attributeSpan) {
        return Messages.attributeValidationError("Fields that are marked as id must be required.", "@id",
                attributeSpan);
    }

    public static Diagnostic whereNotRawOrObject(Attribute attribute) {
        return on(attribute, "The `where` argument must be either a raw() function call or an object literal, "
                + "e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.");
    }

    public static Diagnostic whereRawWithoutString(Attribute attribute) {
        return on(attribute, "The `where` argument must be a raw() function with a string argument, e.g. "
                + "`where: raw(\"status = 'active'\")`.");
    }

    public static Diagnostic whereEmptyString(Attribute attribute) {
        return on(attribute, "The `where` argument cannot contain an empty string.");
    }
}
