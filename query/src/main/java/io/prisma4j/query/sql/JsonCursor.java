package io.prisma4j.query.sql;

import java.math.BigDecimal;

/**
 * A forward-only reader over JSON text, for the columns the "join" strategy reads. Most of that text
 * is long strings, which are found with {@link String#indexOf} and cut out with {@link String#substring}
 * (no copy through a character buffer) when they hold no escape. Raw control characters are accepted
 * in strings, as MariaDB writes them.
 */
final class JsonCursor {
    private final String text;
    private int pos;
    /**
     * Where the next backslash at or after a string's start is ({@code text.length()} if none): looked up
     * again only once a string starts past it, not for every string.
     */
    private int backslash = -1;

    JsonCursor(String text) {
        this.text = text;
    }

    /** The first character of the next value: {@code [ { " n t f} or a number's first character. */
    char peek() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    /** Consumes a {@code null} if one comes next. */
    boolean nextIsNull() {
        if (peek() == 'n') {
            literal("null");
            return true;
        }
        return false;
    }

    /** Consumes the opening bracket of an array; whether the array has an element. */
    boolean enterArray() {
        expect('[');
        if (peek() == ']') {
            pos++;
            return false;
        }
        return true;
    }

    /** After an element: whether another one follows (consuming the comma), else consumes the closing bracket. */
    boolean nextElement() {
        char c = peek();
        pos++;
        if (c == ',') {
            return true;
        }
        if (c != ']') {
            throw error("expected , or ]");
        }
        return false;
    }

    /** After an element: skips the array's remaining elements and its closing bracket. */
    void skipRestOfArray() {
        while (nextElement()) {
            skipValue();
        }
    }

    String string() {
        expect('"');
        int start = pos;
        int end = text.indexOf('"', start);
        if (end < 0) {
            throw error("unterminated string");
        }
        if (backslash < start) {
            backslash = text.indexOf('\\', start);
            if (backslash < 0) {
                backslash = text.length();
            }
        }
        if (backslash > end) {
            pos = end + 1;
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start + 16);
        out.append(text, start, backslash);
        pos = backslash;
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("bad unicode escape");
                    }
                    out.append((char) Integer.parseInt(text, pos, pos + 4, 16));
                    pos += 4;
                }
                default -> throw error("bad escape \\" + escaped);
            }
        }
    }

    /** The text of a number, as written. */
    String number() {
        skipWhitespace();
        int start = pos;
        while (pos < text.length() && isNumberChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a value");
        }
        return text.substring(start, pos);
    }

    /** An integer number, read without an intermediate string. */
    long integer() {
        skipWhitespace();
        int start = pos;
        boolean negative = pos < text.length() && text.charAt(pos) == '-';
        if (negative) {
            pos++;
        }
        long value = 0;
        int digits = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            pos++;
            digits++;
        }
        if (digits == 0 || digits > 18 || pos < text.length() && isNumberChar(text.charAt(pos))) {
            pos = start;
            return new BigDecimal(number()).longValue();
        }
        return negative ? -value : value;
    }

    boolean bool() {
        if (peek() == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }

    /** The text of the next value, whatever it is (a Json field's value, parsed by the caller). */
    String rawValue() {
        skipWhitespace();
        int start = pos;
        skipValue();
        return text.substring(start, pos);
    }

    void skipValue() {
        char c = peek();
        switch (c) {
            case '[' -> {
                if (enterArray()) {
                    skipValue();
                    skipRestOfArray();
                }
            }
            case '{' -> {
                pos++;
                if (peek() == '}') {
                    pos++;
                    return;
                }
                while (true) {
                    string();
                    expect(':');
                    skipValue();
                    char after = peek();
                    pos++;
                    if (after == '}') {
                        return;
                    }
                    if (after != ',') {
                        throw error("expected , or }");
                    }
                }
            }
            case '"' -> string();
            case 'n' -> literal("null");
            case 't', 'f' -> bool();
            default -> number();
        }
    }

    /** Whether the text is fully read (only whitespace left). */
    boolean atEnd() {
        skipWhitespace();
        return pos >= text.length();
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected " + c);
        }
        pos++;
    }

    private char next() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos++);
    }

    private void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException("Malformed JSON of a joined relation at " + pos + ": " + what);
    }
}
