package io.prisma4j.schema.validation.internal.rules;

/**
 * Checks that a string is JSON and, when it is not, describes the problem the way Prisma's JSON
 * parser does ({@code expected value at line 1 column 7}), so default values get Prisma's message.
 */
final class JsonSyntax {
    private static final int MAX_DEPTH = 128;

    private final String text;
    private int pos;
    private int depth;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** {@code null} when {@code text} is valid JSON, else the parser's explanation. */
    static String problem(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        try {
            parser.value();
            parser.whitespace();
            if (parser.pos < text.length()) {
                throw parser.peekError("trailing characters");
            }
            return null;
        } catch (Problem problem) {
            return problem.getMessage();
        }
    }

    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** An error at the last character read. */
    private Problem error(String code) {
        return at(code, pos);
    }

    /** An error at the next character (not yet read). */
    private Problem peekError(String code) {
        return at(code, Math.min(pos + 1, text.length() + 1));
    }

    private Problem at(String code, int consumed) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < Math.min(consumed, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        if (consumed > text.length()) {
            column++;
        }
        return new Problem(code + " at line " + line + " column " + column);
    }

    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private void whitespace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private void value() {
        whitespace();
        int c = peek();
        switch (c) {
            case -1 -> throw error("EOF while parsing a value");
            case 'n' -> ident("null");
            case 't' -> ident("true");
            case 'f' -> ident("false");
            case '"' -> {
                pos++;
                string();
            }
            case '[' -> {
                pos++;
                nested(() -> sequence(']', "a list", this::value));
            }
            case '{' -> {
                pos++;
                nested(() -> sequence('}', "an object", this::member));
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw peekError("expected value");
                }
            }
        }
    }

    private void nested(Runnable body) {
        if (++depth > MAX_DEPTH) {
            throw error("recursion limit exceeded");
        }
        body.run();
        depth--;
    }

    private void ident(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= text.length()) {
                throw error("EOF while parsing a value");
            }
            if (text.charAt(pos++) != word.charAt(i)) {
                throw error("expected ident");
            }
        }
    }

    /** The elements of a list or object after its opening bracket. */
    private void sequence(char close, String what, Runnable element) {
        whitespace();
        if (peek() == close) {
            pos++;
            return;
        }
        if (peek() == -1) {
            throw error("EOF while parsing " + what);
        }
        while (true) {
            element.run();
            whitespace();
            int c = peek();
            if (c == ',') {
                pos++;
                whitespace();
                if (peek() == close) {
                    throw peekError("trailing comma");
                }
                if (peek() == -1) {
                    throw error("EOF while parsing a value");
                }
            } else if (c == close) {
                pos++;
                return;
            } else if (c == -1) {
                throw error("EOF while parsing " + what);
            } else {
                throw peekError("expected `,` or `" + close + "`");
            }
        }
    }

    private void member() {
        whitespace();
        if (peek() != '"') {
            throw peek() == -1 ? error("EOF while parsing an object") : peekError("key must be a string");
        }
        pos++;
        string();
        whitespace();
        if (peek() != ':') {
            throw peek() == -1 ? error("EOF while parsing an object") : peekError("expected `:`");
        }
        pos++;
        value();
    }

    private void string() {
        while (true) {
            if (pos >= text.length()) {
                throw error("EOF while parsing a string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("EOF while parsing a string");
                }
                char escape = text.charAt(pos++);
                if (escape == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (pos >= text.length()) {
                            throw error("EOF while parsing a string");
                        }
                        if (Character.digit(text.charAt(pos++), 16) < 0) {
                            throw error("invalid escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    throw error("invalid escape");
                }
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            pos++;
        }
        int c = peek();
        if (c == -1) {
            throw error("EOF while parsing a value");
        }
        if (c == '0') {
            pos++;
            if (peek() >= '0' && peek() <= '9') {
                throw peekError("invalid number");
            }
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            throw peekError("invalid number");
        }
        if (peek() == '.') {
            pos++;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw peek() == -1 ? error("EOF while parsing a value") : peekError("invalid number");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw peek() == -1 ? error("EOF while parsing a value") : peekError("invalid number");
            }
            digits();
        }
    }

    private void digits() {
        while (peek() >= '0' && peek() <= '9') {
            pos++;
        }
    }
}
