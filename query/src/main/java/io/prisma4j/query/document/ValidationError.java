package io.prisma4j.query.document;

import java.util.List;

/**
 * A validation error as Prisma's engine (and client) reports it: a kind, the selection path (which
 * nested field) and argument path (which argument inside it), and what was expected. Rendered into
 * Prisma's sentence by {@link ValidationMessages}.
 */
public sealed interface ValidationError {

    List<String> selectionPath();

    /** Which argument inside the selected field; empty for errors about the selection itself. */
    default List<String> argumentPath() {
        return List.of();
    }

    /** A field and the type names it accepts. */
    record ArgumentDescription(String name, List<String> typeNames) {
    }

    /** An input type: its name and, for objects, its fields. */
    record InputTypeDescription(String name, boolean object, List<ArgumentDescription> fields) {
    }

    /** An output type: its name and fields (relations flagged). */
    record OutputTypeDescription(String name, List<OutputFieldDescription> fields) {
    }

    record OutputFieldDescription(String name, String typeName, boolean relation) {
    }

    record EmptySelection(List<String> selectionPath, OutputTypeDescription outputType) implements ValidationError {
    }

    record UnknownSelectionField(List<String> selectionPath, OutputTypeDescription outputType, String parentKind)
            implements ValidationError {
    }

    record SelectionSetOnScalar(List<String> selectionPath, String field) implements ValidationError {
    }

    record UnknownArgument(List<String> selectionPath, List<String> argumentPath,
                           List<ArgumentDescription> arguments) implements ValidationError {
    }

    record UnknownInputField(List<String> selectionPath, List<String> argumentPath,
                             InputTypeDescription inputType) implements ValidationError {
    }

    record RequiredArgumentMissing(List<String> selectionPath, List<String> argumentPath,
                                   List<InputTypeDescription> inputTypes, boolean givenNull) implements ValidationError {
    }

    record InvalidArgumentType(List<String> selectionPath, List<String> argumentPath, ArgumentDescription argument,
                               String inferredType) implements ValidationError {
    }

    record InvalidArgumentValue(List<String> selectionPath, List<String> argumentPath, ArgumentDescription argument,
                                String underlyingError) implements ValidationError {
    }

    record ValueTooLarge(List<String> selectionPath, List<String> argumentPath, String argumentName, String value)
            implements ValidationError {
    }

    record SomeFieldsMissing(List<String> selectionPath, List<String> argumentPath, InputTypeDescription inputType,
                             int minFields, List<String> requiredFields) implements ValidationError {
    }

    record TooManyFieldsGiven(List<String> selectionPath, List<String> argumentPath, InputTypeDescription inputType,
                              int minFields, int maxFields, List<String> provided) implements ValidationError {
    }

    record Union(List<String> selectionPath, List<ValidationError> errors) implements ValidationError {
    }

    /** Client-side: two arguments that cannot go together ({@code select} and {@code include}). */
    record MutuallyExclusiveFields(List<String> selectionPath, String firstField, String secondField)
            implements ValidationError {
    }

    /** Client-side: {@code include} names a scalar field. */
    record IncludeOnScalar(List<String> selectionPath, OutputTypeDescription outputType) implements ValidationError {
    }

    /** A value the client cannot serialize, or another value-level problem found before the engine. */
    record InvalidClientValue(List<String> selectionPath, List<String> argumentPath, String message)
            implements ValidationError {
    }
}
