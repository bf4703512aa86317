package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

import java.util.List;

/** Prisma's messages about relations and referential actions. */
public final class RelationMessages {
    private static final String RELATION = "@relation";
    private static final String FORMAT_HINT = "You can run `prisma format` to fix this automatically.";

    private RelationMessages() {
    }

    /** Field names as Prisma lists them: {@code `a`}, {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
    public static String fieldList(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(i == names.size() - 1 ? " and " : ", ");
            }
            out.append('`').append(names.get(i)).append('`');
        }
        return out.toString();
    }

    public static Diagnostic onModel(String message, String container, String model, Span span) {
        return Messages.modelValidationError(message, container, model, span);
    }

    public static String ambiguousSelfRelation(String fields, String model, String related) {
        return "Ambiguous self relation detected. The fields " + fields + " in model `" + model + "` both refer to `"
                + related + "`. If they are part of the same relation add the same relation name for them with "
                + "`@relation(<name>)`.";
    }

    public static String unnamedSelfRelation(String fields, String model) {
        return "Unnamed self relation detected. The fields " + fields + " in model `" + model + "` have no relation "
                + "name. Please provide a relation name for one of them by adding `@relation(<name>).";
    }

    public static String wronglyNamedSelfRelation(String fields, String model) {
        return "Wrongly named self relation detected. The fields " + fields + " in model `" + model + "` have the same "
                + "relation name. At most two relation fields can belong to the same relation and therefore have the "
                + "same name. Please assign a different relation name to one of them.";
    }

    public static String ambiguousRelation(String fields, String model, String related) {
        return "Ambiguous relation detected. The fields " + fields + " in model `" + model + "` both refer to `"
                + related + "`. Please provide different relation names for them by adding `@relation(<name>).";
    }

    public static String wronglyNamedRelation(String fields, String model) {
        return "Wrongly named relation detected. The fields " + fields + " in model `" + model + "` both use the same "
                + "relation name. Please provide different relation names for them through `@relation(<name>).";
    }

    public static Diagnostic relatedModelIgnored(String field, String model, String related, Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` must "
                + "specify the `@ignore` attribute, because the model " + related + " it is pointing to is marked "
                + "ignored.", "@ignore", span);
    }

    /** {@code noActionConnector} set adds the hint to use Restrict instead of NoAction in {@code prisma} mode. */
    public static Diagnostic invalidReferentialAction(String action, List<String> allowed, String noActionConnector,
                                                      Span span) {
        String message = "Invalid referential action: `" + action + "`. Allowed values: ("
                + String.join(", ", allowed.stream().map(a -> "`" + a + "`").toList()) + ")";
        if (noActionConnector != null) {
            message += ". `NoAction` is not implemented for " + noActionConnector + " when using `relationMode = "
                    + "\"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode";
        }
        return Messages.validationError(message, span);
    }

    public static Diagnostic namedForeignKeysNotSupported(Span span) {
        return Messages.attributeValidationError("Your provider does not support named foreign keys.", RELATION, span);
    }

    public static Diagnostic missingIndexWithPrismaRelationMode(Span span) {
        return Diagnostic.warning("With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will "
                + "not benefit from the index usually created by the relational database under the hood. This can "
                + "lead to poor performance when querying these fields. We recommend adding an index manually. Learn "
                + "more at https://pris.ly/d/relation-mode-prisma-indexes\" ", span);
    }

    public static Diagnostic sameNativeTypeForMongo(String message, String model, String field, Span span) {
        return Messages.fieldValidationWarning(message + " Beware that this will become an error in the future.",
                model, field, span);
    }

    public static Diagnostic fieldsOptionalButRelationRequired(String field, List<String> scalars, Span span) {
        return Messages.validationError("The relation field `" + field + "` uses the scalar fields "
                + String.join(", ", scalars) + ". At least one of those fields is optional. Hence the relation field "
                + "must be optional as well.", span);
    }

    public static Diagnostic fieldsReferencesLengthMismatch(Span span) {
        return Messages.validationError("You must specify the same number of fields in `fields` and `references`.",
                span);
    }

    public static Diagnostic referencesNotUnique(List<String> fields, String model, Span span) {
        String message = fields.size() == 1
                ? "The argument `references` must refer to a unique criterion in the related model. Consider adding "
                + "an `@unique` attribute to the field `" + fields.get(0) + "` in the model `" + model + "`."
                : "The argument `references` must refer to a unique criterion in the related model. Consider adding "
                + "an `@@unique([" + String.join(", ", fields) + "])` attribute to the model `" + model + "`.";
        return Messages.attributeValidationError(message, RELATION, span);
    }

    public static Diagnostic referencesInWrongOrder(String model, List<String> fields, Span span) {
        return Messages.validationError("The argument `references` must refer to a unique criterion in the related "
                + "model `" + model + "` using the same order of fields. Please check the ordering in the following "
                + "fields: `" + String.join(", ", fields) + "`.", span);
    }

    public static Diagnostic fieldTypesDoNotMatch(String field, String model, String referenced,
                                                  String referencedModel, Span span) {
        return Messages.attributeValidationError("The type of the field `" + field + "` in the model `" + model + "` "
                + "is not matching the type of the referenced field `" + referenced + "` in model `" + referencedModel
                + "`.", RELATION, span);
    }

    public static Diagnostic constraintNameClash(String name, String namespace, Span span) {
        return ModelMessages.constraintNameClash(name, namespace, RELATION, span);
    }

    public static Diagnostic setNullOnRequiredWarning(String argument, Span span) {
        return Diagnostic.warning("The `" + argument + "` referential action of a relation should not be set to "
                + "`SetNull` when a referenced field is required. We recommend either to choose another referential "
                + "action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ",
                span);
    }

    public static Diagnostic setNullOnRequiredError(String argument, Span span) {
        return Messages.attributeValidationError("The `" + argument + "` referential action of a relation must not be "
                + "set to `SetNull` when a referenced field is required.\nEither choose another referential action, or "
                + "make the referenced fields optional.\n", RELATION, span);
    }

    public static Diagnostic setDefaultOnMySql(String connector, Span span) {
        return Diagnostic.warning(connector + " does not actually support the `SetDefault` referential action, so "
                + "using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default ", span);
    }

    /** Prisma's note on the implicit actions behind a cascade problem; empty when both were written. */
    public static String implicitDefaults(String onDelete, String onUpdate) {
        if (onDelete != null && onUpdate != null) {
            return " (Implicit default `onDelete`: `" + onDelete + "`, and `onUpdate`: `" + onUpdate + "`)";
        } else if (onDelete != null) {
            return " (Implicit default `onDelete`: `" + onDelete + "`)";
        } else if (onUpdate != null) {
            return " (Implicit default `onUpdate`: `" + onUpdate + "`)";
        }
        return "";
    }

    /** {@code defaults} is empty or Prisma's "(Implicit default ...)" note. */
    public static Diagnostic selfRelationCycle(String defaults, Span span) {
        return Messages.validationError("A self-relation must have `onDelete` and `onUpdate` referential actions set "
                + "to `NoAction` in one of the @relation attributes." + defaults
                + " Read more at https://pris.ly/d/cyclic-referential-actions", span);
    }

    public static Diagnostic referenceCycle(String path, String defaults, Span span) {
        return Messages.validationError("Reference causes a cycle. One of the @relation attributes in this cycle must "
                + "have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: " + path + "."
                + defaults + " Read more at https://pris.ly/d/cyclic-referential-actions", span);
    }

    public static Diagnostic multipleCascadingPaths(List<String> models, String model, String defaults, Span span) {
        String listed = String.join(", ", models.stream().map(m -> "`" + m + "`").toList());
        String message = models.size() == 1
                ? "When any of the records in model " + listed + " is updated or deleted, the referential actions on "
                + "the relations cascade to model `" + model + "` through multiple paths. Please break one of these "
                + "paths by setting the `onUpdate` and `onDelete` to `NoAction`."
                : "When any of the records in models " + listed + " are updated or deleted, the referential actions on "
                + "the relations cascade to model `" + model + "` through multiple paths. Please break one of these "
                + "paths by setting the `onUpdate` and `onDelete` to `NoAction`.";
        return Messages.validationError(message + defaults + " Read more at https://pris.ly/d/cyclic-referential-actions",
                span);
    }

    public static Diagnostic missingOppositeField(String field, String container, String model, String related,
                                                  Span span) {
        return Messages.fieldValidationError("The relation field `" + field + "` on " + container + " `" + model
                + "` is missing an opposite relation field on the model `" + related + "`. Either run `prisma format` "
                + "or add it manually.", container, model, field, span);
    }

    /** {@code argument} is {@code fields} or {@code references}. */
    public static Diagnostic oneToOneArgumentOnNeitherSide(String argument, String field, String model, String other,
                                                           String otherModel, Span span) {
        return Messages.attributeValidationError("The relation fields `" + field + "` on Model `" + model + "` and `"
                + other + "` on Model `" + otherModel + "` do not provide the `" + argument + "` argument in the "
                + RELATION + " attribute. You have to provide it on one of the two fields.", RELATION, span);
    }

    public static Diagnostic oneToOneArgumentOnBothSides(String argument, String field, String model, String other,
                                                         String otherModel, Span span) {
        return Messages.attributeValidationError("The relation fields `" + field + "` on Model `" + model + "` and `"
                + other + "` on Model `" + otherModel + "` both provide the `" + argument + "` argument in the "
                + RELATION + " attribute. You have to provide it only on one of the two fields.", RELATION, span);
    }

    public static Diagnostic oneToOneActionsOnBothSides(String field, String model, String other, String otherModel,
                                                        Span span) {
        return Messages.attributeValidationError("The relation fields `" + field + "` on Model `" + model + "` and `"
                + other + "` on Model `" + otherModel + "` both provide the `onDelete` or `onUpdate` argument in the "
                + RELATION + " attribute. You have to provide it only on one of the two fields.", RELATION, span);
    }

    public static Diagnostic actionsOnBackRelation(String field, String model, String forward, String forwardModel,
                                                   boolean manyToManyHint, Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` must not "
                + "specify the `onDelete` or `onUpdate` argument in the " + RELATION + " attribute. You must only "
                + "specify it on the opposite field `" + forward + "` on model `" + forwardModel + "`"
                + (manyToManyHint ? ", or in case of a many to many relation, in an explicit join table." : "."),
                RELATION, span);
    }

    public static Diagnostic fieldsAndReferencesSplit(String field, String model, String first, String other,
                                                      String otherModel, String second, Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` provides "
                + "the `" + first + "` argument in the " + RELATION + " attribute. And the related field `" + other
                + "` on Model `" + otherModel + "` provides the `" + second + "` argument. You must provide both "
                + "arguments on the same side.", RELATION, span);
    }

    public static Diagnostic requiredBackRelation(String field, String model, String forwardModel, Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` is "
                + "required. This is not valid because it's not possible to enforce this constraint on the database "
                + "level. Please change the field type from `" + forwardModel + "` to `" + forwardModel + "?` to fix "
                + "this.", RELATION, span);
    }

    public static Diagnostic argumentsOnWrongSide(String backModel, String backField, String forwardModel,
                                                  String forwardField, Span span) {
        return Messages.attributeValidationError("The relation field `" + backModel + "." + backField + "` defines the "
                + "`fields` and/or `references` argument. You must set them on the required side of the relation (`"
                + forwardModel + "." + forwardField + "`) in order for the constraints to be enforced. Alternatively, "
                + "you can change this field to be required and the opposite optional, or make both sides of the "
                + "relation optional.", RELATION, span);
    }

    public static Diagnostic oneToOneNotUnique(List<String> fields, Span span) {
        String message = fields.size() == 1
                ? "A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute "
                + "to the field `" + fields.get(0) + "`, or change the relation to one-to-many."
                : "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique(["
                + String.join(", ", fields) + "])` attribute to the model, or change the relation to one-to-many.";
        return Messages.attributeValidationError(message, RELATION, span);
    }

    public static Diagnostic fieldsMissing(String field, String model, Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` must "
                + "specify the `fields` argument in the " + RELATION + " attribute. " + FORMAT_HINT, RELATION, span);
    }

    public static Diagnostic referencesMissing(String field, String model, Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` must "
                + "specify the `references` argument in the " + RELATION + " attribute.", RELATION, span);
    }

    public static Diagnostic argumentsOnBackRelation(String field, String model, String forward, String forwardModel,
                                                     Span span) {
        return Messages.attributeValidationError("The relation field `" + field + "` on Model `" + model + "` must not "
                + "specify the `fields` or `references` argument in the " + RELATION + " attribute. You must only "
                + "specify it on the opposite field `" + forward + "` on model `" + forwardModel + "`.", RELATION,
                span);
    }

    public static Diagnostic manyToManyWithoutId(String field, String container, String model, String related,
                                                 Span span) {
        return Messages.fieldValidationError("The relation field `" + field + "` on " + container + " `" + model
                + "` references `" + related + "` which does not have an `@id` field. Models without `@id` cannot be "
                + "part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
                container, model, field, span);
    }

    public static Diagnostic manyToManyReferencesNotId(String related, List<String> fields, Span span) {
        return Messages.validationError("Implicit many-to-many relations must always reference the id field of the "
                + "related model. Change the argument `references` to use the id field of the related model `"
                + related + "`. But it is referencing the following fields that are not the id: "
                + String.join(", ", fields), span);
    }

    public static Diagnostic manyToManyActions(Span span) {
        return Messages.validationError("Referential actions on implicit many-to-many relations are not supported",
                span);
    }

    public static Diagnostic implicitManyToManyNotSupported(String connector, Span span) {
        return Messages.validationError("Implicit many-to-many relations are not supported on " + connector + ". Please "
                + "use the syntax defined in https://pris.ly/d/document-database-many-to-many", span);
    }

    public static Diagnostic manyToManyWithReferences(Span span) {
        return Messages.attributeValidationError("Implicit many-to-many relation should not have references argument "
                + "defined. Either remove it, or change the relation to one-to-many.", RELATION, span);
    }

    public static Diagnostic embeddedManyToManyNotSupported(String connector, Span span) {
        return Messages.validationError("Embedded many-to-many relations are not supported on " + connector + ". Please "
                + "use the syntax defined in https://pris.ly/d/relational-database-many-to-many", span);
    }

    public static Diagnostic embeddedReferences(Span span) {
        return Messages.attributeValidationError("The `references` argument must be defined and must point to exactly "
                + "one scalar field. https://pris.ly/d/many-to-many-relations", RELATION, span);
    }

    public static Diagnostic embeddedFields(Span span) {
        return Messages.attributeValidationError("The `fields` argument must be defined and must point to exactly one "
                + "scalar field. https://pris.ly/d/many-to-many-relations", RELATION, span);
    }

    public static Diagnostic embeddedReferencesNotId(Span span) {
        return Messages.attributeValidationError("The `references` argument must point to a singular `id` field",
                RELATION, span);
    }

    public static Diagnostic embeddedFieldsType(Span span) {
        return Messages.attributeValidationError("The scalar field defined in `fields` argument must be an array of "
                + "the same type defined in `references`", RELATION, span);
    }

    public static Diagnostic embeddedActions(Span span) {
        return Messages.validationError("Referential actions on two-way embedded many-to-many relations are not "
                + "supported", span);
    }
}
