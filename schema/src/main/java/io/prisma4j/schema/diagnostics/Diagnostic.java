package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

/**
 * One error or warning about a schema: its message exactly as Prisma words it, and where it applies.
 * Messages are built by the factories in {@link Messages}; this record only carries them.
 */
public record Diagnostic(Severity severity, String message, Span span) {

    public static Diagnostic error(String message, Span span) {
        return new Diagnostic(Severity.ERROR, message, span);
    }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
