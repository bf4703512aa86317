package io.prisma4j.schema.parser;

/**
 * Position over the schema text with the grammar's character classes. Pest's implicit whitespace
 * (spaces and tabs, never newlines) is skipped by {@link #skipWhitespace()} between sequence elements.
 */
final class Cursor {
    final String text;
    final int length;
    int pos;

    Cursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    boolean atEnd() {
        return pos >= length;
    }

    char peek() {
        return pos < length ? text.charAt(pos) : '\0';
    }

    char peek(int ahead) {
        int p = pos + ahead;
        return p < length ? text.charAt(p) : '\0';
    }

    boolean startsWith(String literal) {
        return text.startsWith(literal, pos);
    }

    boolean eat(char c) {
        if (pos < length && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    boolean eat(String literal) {
        if (text.startsWith(literal, pos)) {
            pos += literal.length();
            return true;
        }
        return false;
    }

    /** WHITESPACE = Unicode space separators or tab. */
    static boolean isWhitespace(char c) {
        return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    void skipWhitespace() {
        while (pos < length && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    boolean atNewline() {
        char c = peek();
        return c == '\n' || c == '\r';
    }

    /** NEWLINE = "\n" | "\r\n" | "\r". */
    boolean eatNewline() {
        if (eat("\r\n")) {
            return true;
        }
        return eat('\n') || eat('\r');
    }

    /** Moves to the next newline (or the end) without consuming it. */
    void skipToEndOfLine() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                return;
            }
            pos++;
        }
    }
}
