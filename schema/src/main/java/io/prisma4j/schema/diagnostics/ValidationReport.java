package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.SchemaFiles;

import java.util.List;

/**
 * The text {@code prisma validate} prints for a schema: the warnings block, then either the error block
 * (every error with its code frame and the error count) or the success line. {@code display} is the
 * schema path as the CLI shows it (relative to the working directory). The CLI writes the warnings and
 * errors to standard error and the success line to standard output; {@link #render} joins them as they
 * appear on a terminal.
 */
public final class ValidationReport {
    private ValidationReport() {
    }

    /** Everything {@code validate} prints, in order. */
    public static String render(SchemaFiles files, Diagnostics diagnostics, String display) {
        StringBuilder out = new StringBuilder(warnings(diagnostics));
        if (diagnostics.hasErrors()) {
            if (!diagnostics.warnings().isEmpty()) {
                out.append('\n');
            }
            out.append(errors(files, diagnostics));
        } else {
            out.append(success(files, display));
        }
        return out.toString();
    }

    /** The {@code Prisma schema warning:} block, or an empty string when there are no warnings. */
    public static String warnings(Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        appendWarnings(diagnostics.warnings(), out);
        return out.toString();
    }

    /** The error block of {@code validate}. */
    public static String errors(SchemaFiles files, Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        appendErrors(files, diagnostics.errors(), out, "validate");
        return out.toString();
    }

    /** The success line; a multi-file schema is named in the plural, as Prisma does. */
    public static String success(SchemaFiles files, String display) {
        return files.files().size() > 1
                ? "The schemas at " + display + " are valid \uD83D\uDE80\n"
                : "The schema at " + display + " is valid \uD83D\uDE80\n";
    }

    /** Appends the {@code Prisma schema warning:} block, or nothing when there are no warnings. */
    public static void appendWarnings(List<Diagnostic> warnings, StringBuilder out) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append(warnings.size() == 1 ? "Prisma schema warning:\n" : "Prisma schema warnings:\n");
        for (Diagnostic warning : warnings) {
            out.append("- ").append(warning.message()).append('\n');
        }
    }

    /** The error block as the CLI prints it under {@code context} ({@code validate}, {@code format}, ...). */
    public static void appendErrors(SchemaFiles files, List<Diagnostic> errors, StringBuilder out, String context) {
        DiagnosticPrinter printer = new DiagnosticPrinter(files);
        out.append("Error: Prisma schema validation - (").append(context).append(")\n");
        out.append("Error code: P1012\n");
        for (Diagnostic error : errors) {
            printer.print(error, out);
        }
        out.append('\n').append("Validation Error Count: ").append(errors.size()).append('\n');
        out.append("[Context: ").append(context).append("]\n");
    }
}
