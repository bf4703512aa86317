package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.ast.Span;

/**
 * Renders a diagnostic with its code frame exactly as Prisma's CLI prints it (colours off):
 * <pre>
 * error: Field "email" is already defined on model "User".
 *   -->  schema.prisma:12
 *    |
 * 11 |   email String @unique
 * 12 |   email String
 *    |
 * </pre>
 * The frame shows the line before the span, the span's first line, and every further line the span
 * reaches; line numbers are padded to two characters, as Prisma does.
 */
public final class DiagnosticPrinter {
    private final SchemaFiles files;

    public DiagnosticPrinter(SchemaFiles files) {
        this.files = files;
    }

    public String print(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        print(diagnostic, out);
        return out.toString();
    }

    public void print(Diagnostic diagnostic, StringBuilder out) {
        Span span = diagnostic.span();
        SourceFile file = files.file(span);
        String text = file.text();
        // Prisma splits on '\n' only, so a CRLF file keeps its '\r' at the end of each printed line.
        String[] lines = text.split("\n", -1);
        int startLine = countNewlines(text, span.start());
        int endLine = countNewlines(text, Math.min(span.end(), text.length()));

        out.append(diagnostic.severity().label()).append(": ").append(diagnostic.message()).append('\n');
        out.append("  -->  ").append(file.path()).append(':').append(startLine + 1).append('\n');
        out.append(gutter(0)).append('\n');
        out.append(numberedLine(startLine, lines)).append('\n');
        String line = lines[startLine];
        int lineStart = offsetOfLine(lines, startLine);
        int startInLine = span.start() - lineStart;
        int endInLine = Math.min(startInLine + (span.end() - span.start()), line.length());
        out.append(gutter(startLine + 1)).append(line).append('\n');
        if (endInLine <= startInLine) {
            out.append(gutter(0)).append(" ".repeat(Math.max(0, startInLine))).append("^ Unexpected token.").append('\n');
        }
        for (int lineNumber = startLine + 2; lineNumber < endLine + 2; lineNumber++) {
            out.append(numberedLine(lineNumber, lines)).append('\n');
        }
        out.append(gutter(0)).append('\n');
    }

    private static int countNewlines(String text, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int offsetOfLine(String[] lines, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset += lines[i].length() + 1;
        }
        return offset;
    }

    /** A 1-based line with its number, or an empty gutter for line 0 or past the end. */
    private static String numberedLine(int lineNumber, String[] lines) {
        if (lineNumber > 0 && lineNumber <= lines.length) {
            return gutter(lineNumber) + lines[lineNumber - 1];
        }
        return gutter(lineNumber);
    }

    private static String gutter(int lineNumber) {
        return lineNumber > 0 ? String.format("%2d | ", lineNumber) : "   | ";
    }
}
