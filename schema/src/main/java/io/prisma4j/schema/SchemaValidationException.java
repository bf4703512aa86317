package io.prisma4j.schema;

import io.prisma4j.schema.diagnostics.Diagnostic;

import java.util.List;

/**
 * Thrown when a schema with errors is used where a valid one is needed. The message holds every error
 * printed with its code frame, as {@code prisma4j validate} prints them.
 */
public final class SchemaValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> errors;

    public SchemaValidationException(String message, List<Diagnostic> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
