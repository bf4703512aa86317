package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.NativeTypeInstance;
import io.prisma4j.schema.connector.NativeTypes;

/** Prisma's messages about native types ({@code @db.*}). */
public final class NativeTypeMessages {
    private NativeTypeMessages() {
    }

    public static Diagnostic invalidPrefix(String given, String expected, String suggestion, Span span) {
        return Diagnostic.error("The prefix " + given + " is invalid. It must be equal to the name of an existing "
                + "datasource e.g. " + expected + ". Did you mean to use " + suggestion + "?", span);
    }

    public static Diagnostic notSupported(String connector, String nativeType, Span span) {
        return Diagnostic.error("Native type " + nativeType + " is not supported for " + connector + " connector.",
                span);
    }

    public static Diagnostic argumentCount(String nativeType, int required, int given, Span span) {
        return Diagnostic.error("Function \"" + nativeType + "\" takes " + required + " arguments, but received "
                + given + ".", span);
    }

    public static Diagnostic optionalArgumentCount(String nativeType, int optional, int given, Span span) {
        return Diagnostic.error("Native type " + nativeType + " takes " + optional + " optional arguments, but "
                + "received " + given + ".", span);
    }

    public static Diagnostic incompatibleWithFieldType(String nativeType, String fieldType, String expected,
                                                       Span span) {
        return Diagnostic.error("Native type " + nativeType + " is not compatible with declared field type "
                + fieldType + ", expected field type " + expected + ".", span);
    }

    /** {@code rendered} is the arguments as written, in parentheses. */
    public static Diagnostic badArguments(String expected, String rendered, Span span) {
        return Messages.valueParserError(expected, rendered, span);
    }

    public static Diagnostic argumentProblem(NativeTypes.NativeTypeProblem problem, NativeTypeInstance instance,
                                             String connector, Span span) {
        if (problem instanceof NativeTypes.NativeTypeProblem.OutOfRange range) {
            return Diagnostic.error("Argument M is out of range for native type `" + instance + "` of " + connector
                    + ": " + range.detail(), span);
        }
        return Diagnostic.error("The scale must not be larger than the precision for the " + instance
                + " native type in " + connector + ".", span);
    }

    /** {@code suffix} is empty or Prisma's hint about the {@code length} argument. */
    public static Diagnostic cannotBeIndexed(NativeTypeInstance instance, String connector, String suffix,
                                             Span span) {
        return Diagnostic.error("You cannot define an index on fields with native type `" + instance + "` of "
                + connector + "." + suffix, span);
    }

    public static Diagnostic cannotBeUnique(NativeTypeInstance instance, String connector, String suffix, Span span) {
        return Diagnostic.error("Native type `" + instance + "` cannot be unique in " + connector + "." + suffix,
                span);
    }

    public static Diagnostic cannotBeId(NativeTypeInstance instance, String connector, String suffix, Span span) {
        return Diagnostic.error("Native type `" + instance + "` of " + connector + " cannot be used on a field that is "
                + "`@id` or `@@id`." + suffix, span);
    }

    public static Diagnostic invalidNativeType(String nativeType, Span span) {
        return Diagnostic.error("Invalid Native type " + nativeType + ".", span);
    }
}
