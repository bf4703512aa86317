package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.ast.Span;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
    private final Map<Integer, Lines> lineIndexes = new HashMap<>();

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
        Lines lines = lines(span.fileId(), text);
        int startLine = lines.lineOf(Math.min(span.start(), text.length()));
        int endLine = lines.lineOf(Math.min(span.end(), text.length()));

        out.append(diagnostic.severity().label()).append(": ").append(diagnostic.message()).append('\n');
        out.append("  -->  ").append(file.path()).append(':').append(startLine + 1).append('\n');
        out.append(gutter(0)).append('\n');
        out.append(numberedLine(startLine, lines)).append('\n');
        String line = lines.line(startLine);
        int startInLine = span.start() - lines.start(startLine);
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

    private Lines lines(int fileId, String text) {
        return lineIndexes.computeIfAbsent(fileId, id -> new Lines(text));
    }

    /** Where each '\n'-separated line of a file starts, so that many diagnostics print in linear time. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int[] found = new int[16];
            int count = 0;
            found[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(found, count);
        }

        int count() {
            return starts.length;
        }

        /** 0-based line holding an offset: the number of '\n' before it. */
        int lineOf(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            return index >= 0 ? index : -index - 2;
        }

        int start(int line) {
            return starts[line];
        }

        String line(int line) {
            int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
            return text.substring(starts[line], end);
        }
    }

    /** A 1-based line with its number, or an empty gutter for line 0 or past the end. */
    private static String numberedLine(int lineNumber, Lines lines) {
        if (lineNumber > 0 && lineNumber <= lines.count()) {
            return gutter(lineNumber) + lines.line(lineNumber - 1);
        }
        return gutter(lineNumber);
    }

    private static String gutter(int lineNumber) {
        return lineNumber > 0 ? String.format("%2d | ", lineNumber) : "   | ";
    }
}
