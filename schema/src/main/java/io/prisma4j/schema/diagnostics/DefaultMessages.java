package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Span;

/** Prisma's messages about {@code @default(...)}. */
public final class DefaultMessages {
    private DefaultMessages() {
    }

    private static Diagnostic on(Attribute attribute, String message) {
        return Messages.attributeValidationError(message, "@" + attribute.name(), attribute.span());
    }

    public static Diagnostic onlyDbGeneratedForUnsupported(Attribute attribute) {
        return on(attribute, "Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
    }

    public static Diagnostic namedAutoincrement(Attribute attribute) {
        return on(attribute, "Naming an autoincrement default value is not allowed.");
    }

    public static Diagnostic listOnSingularField(Attribute attribute) {
        return on(attribute, "The default value of a non-list field cannot be a list.");
    }

    public static Diagnostic notAListOnListField(Attribute attribute) {
        return on(attribute, "The default value of a list field must be a list.");
    }

    public static Diagnostic booleanLiteral(Span span) {
        return Messages.attributeValidationError("A boolean literal must be `true` or `false`.", "@default", span);
    }

    public static Diagnostic notAnEnumValue(Attribute attribute, String value) {
        return on(attribute, "The defined default value `" + value + "` is not a valid value of the enum specified "
                + "for the field.");
    }

    public static Diagnostic expectedEnumValue(Attribute attribute, String found) {
        return on(attribute, "Expected an enum value, but found `" + found + "`.");
    }

    public static Diagnostic wrongLiteralType(Attribute attribute, String scalarType, String found) {
        return on(attribute, "Expected a " + scalarType + " value, but found `" + found + "`.");
    }

    public static Diagnostic functionOnWrongType(Attribute attribute, String function, String scalarType) {
        return on(attribute, "The function `" + function + "()` cannot be used on fields of type `" + scalarType
                + "`.");
    }

    public static Diagnostic functionTakesNoArgument(Attribute attribute, String function) {
        return on(attribute, "The `" + function + "` function does not take any argument. Consider changing this "
                + "default to `" + function + "()`.");
    }

    public static Diagnostic autoTakesNoArguments(Attribute attribute) {
        return on(attribute, "`auto()` takes no arguments");
    }

    public static Diagnostic dbGeneratedTakesAString(Attribute attribute) {
        return on(attribute, "`dbgenerated()` takes a single String argument");
    }

    public static Diagnostic dbGeneratedEmptyString(Attribute attribute) {
        return on(attribute, "dbgenerated() takes either no argument, or a single nonempty string argument.");
    }

    public static Diagnostic takesASingleInt(Attribute attribute, String function) {
        return on(attribute, "`" + function + "()` takes a single Int argument.");
    }

    /** {@code validValues} as Prisma lists them: {@code 4 or 7}. */
    public static Diagnostic versionArgument(Attribute attribute, String function, String validValues) {
        return on(attribute, "`" + function + "()` takes either no argument, or a single integer argument which is "
                + "either " + validValues + ".");
    }

    public static Diagnostic nanoidLength(Attribute attribute) {
        return on(attribute, "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.");
    }

    public static Diagnostic mapOnCompositeField(Attribute attribute) {
        return on(attribute, "The `map` argument is not allowed on a composite type field.");
    }

    public static Diagnostic dbGeneratedOnCompositeField(Attribute attribute) {
        return on(attribute, "Fields of composite types cannot have `dbgenerated()` as default.");
    }

    public static Diagnostic functionOnCompositeField(Attribute attribute, String function) {
        return on(attribute, "The function `" + function + "()` is not supported on composite fields.");
    }

    public static Diagnostic unsupportedCompositeField(Attribute attribute) {
        return on(attribute, "Composite field of type `Unsupported` cannot have default values.");
    }

    public static Diagnostic defaultOnCompositeTypedField(String type, String field, Span span) {
        return Messages.compositeTypeFieldValidationError("Defaults on fields of type composite are not supported. "
                + "Please remove the `@default` attribute.", type, field, span);
    }

    public static Diagnostic unknownFunction(String function, Span span) {
        return Diagnostic.error("Unknown function in @default(): `" + function + "` is not known. You can read "
                + "about the available functions here: https://pris.ly/d/attribute-functions", span);
    }
}
