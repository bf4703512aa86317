package io.prisma4j.schema.format;

/**
 * The output of the formatter: text with an indentation level. Indentation is written lazily, when
 * the first text of a line arrives, so an empty line never carries trailing spaces.
 */
final class Renderer {
    private final StringBuilder out = new StringBuilder();
    private final int indentWidth;
    private int indent;

    Renderer(int indentWidth) {
        this.indentWidth = indentWidth;
    }

    void write(String text) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
            out.append(" ".repeat(indent * indentWidth));
        }
        out.append(text);
    }

    void endLine() {
        out.append('\n');
    }

    void indentUp() {
        indent++;
    }

    void indentDown() {
        if (indent == 0) {
            throw new IllegalStateException("indentation went below zero");
        }
        indent--;
    }

    boolean endsWithNewline() {
        return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
