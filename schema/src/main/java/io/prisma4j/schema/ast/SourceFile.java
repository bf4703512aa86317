package io.prisma4j.schema.ast;

import java.util.Arrays;

/**
 * One schema file's name and text, with a line index so spans can be turned into line/column
 * positions the way Prisma reports them (1-based lines and columns).
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = indexLines(text);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "\r\n", "\n" and a lone "\r" all end a line, as in the grammar's NEWLINE.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The file's path as given when it was read (used in diagnostics: {@code schema.prisma:12}). */
    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Number of lines; a trailing newline starts an (empty) last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line of a character offset. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }

    /** 0-based column (in UTF-16 units) of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset)];
    }

    /** The text of a 0-based line without its line terminator. */
    public String line(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Offset of the first character of a 0-based line. */
    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** The characters a span covers. */
    public String slice(Span span) {
        return text.substring(span.start(), Math.min(span.end(), text.length()));
    }

    @Override
    public String toString() {
        return path;
    }
}
