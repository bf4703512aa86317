package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.ArgumentList;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Values: attribute argument lists and the expressions in them (function calls, arrays, numbers, strings
 * with their escapes, constants).
 */
final class ExpressionParser {
    private final ParseInput in;
    private final Cursor c;

    ExpressionParser(ParseInput in) {
        this.in = in;
        this.c = in.c;
    }

    /** arguments_list = "(" (argument ("," argument)*)? ","? ")" */
    ArgumentList parseArgumentsList() {
        ParseInput.Mark start = in.mark();
        if (!c.eat('(')) {
            return null;
        }
        return nested(start, () -> {
            List<Argument> arguments = new ArrayList<>();
            List<Identifier> empty = new ArrayList<>();
            c.skipWhitespace();
            if (parseArgument(arguments, empty)) {
                commaSeparated(() -> parseArgument(arguments, empty));
            }
            c.skipWhitespace();
            Span trailingComma = null;
            int commaStart = c.pos;
            if (c.eat(',')) {
                trailingComma = in.span(commaStart);
                c.skipWhitespace();
            }
            if (!c.eat(')')) {
                return in.reset(start);
            }
            return new ArgumentList(arguments, empty, trailingComma, in.span(start));
        });
    }

    /** argument = named_argument | empty_argument | expression */
    private boolean parseArgument(List<Argument> arguments, List<Identifier> empty) {
        ParseInput.Mark start = in.mark();
        Identifier name = in.parseIdentifier();
        if (name != null) {
            c.skipWhitespace();
            if (c.eat(':')) {
                int afterColon = c.pos;
                c.skipWhitespace();
                Expression value = parseExpression();
                if (value != null) {
                    arguments.add(new Argument(name, value, in.span(start)));
                    return true;
                }
                c.pos = afterColon;
                empty.add(name);
                return true;
            }
        }
        in.reset(start);
        Expression value = parseExpression();
        if (value == null) {
            return false;
        }
        arguments.add(new Argument(null, value, value.span()));
        return true;
    }

    /** expression = function_call | array_expression | numeric_literal | string_literal | path */
    Expression parseExpression() {
        ParseInput.Mark start = in.mark();
        String path = in.parsePath();
        if (path != null) {
            Span pathSpan = in.span(start);
            int afterPath = c.pos;
            c.skipWhitespace();
            ArgumentList args = parseArgumentsList();
            if (args != null) {
                return new Expression.FunctionCall(path, args, in.span(start));
            }
            c.pos = afterPath;
            in.reset(start);
            // Ordered choice: a number is tried before a bare path ("5" is a number, "5x" reads "5").
            Expression number = parseNumericLiteral();
            if (number != null) {
                return number;
            }
            c.pos = afterPath;
            return new Expression.ConstantValue(path, pathSpan);
        }
        if (c.peek() == '[') {
            Expression array = parseArrayExpression();
            if (array != null) {
                return array;
            }
        }
        Expression number = parseNumericLiteral();
        if (number != null) {
            return number;
        }
        return parseStringLiteral();
    }

    private Expression.ArrayValue parseArrayExpression() {
        ParseInput.Mark start = in.mark();
        if (!c.eat('[')) {
            return null;
        }
        return nested(start, () -> {
            List<Expression> values = new ArrayList<>();
            c.skipWhitespace();
            Expression first = parseExpression();
            if (first != null) {
                values.add(first);
                commaSeparated(() -> {
                    Expression next = parseExpression();
                    return next != null && values.add(next);
                });
            }
            c.skipWhitespace();
            if (!c.eat(']')) {
                return in.reset(start);
            }
            return new Expression.ArrayValue(values, in.span(start));
        });
    }

    /** Parses the inside of brackets one level deeper; a list nested too deep fails as unparsable. */
    private <T> T nested(ParseInput.Mark start, Supplier<T> inside) {
        if (!in.enterNested()) {
            return in.reset(start);
        }
        try {
            return inside.get();
        } finally {
            in.leaveNested();
        }
    }

    /** ("," item)* after a first item: stops before a comma that no item follows. */
    private void commaSeparated(BooleanSupplier item) {
        while (true) {
            int before = c.pos;
            c.skipWhitespace();
            if (!c.eat(',')) {
                c.pos = before;
                return;
            }
            c.skipWhitespace();
            if (!item.getAsBoolean()) {
                c.pos = before;
                return;
            }
        }
    }

    /** numeric_literal = "-"? DIGIT+ ("." DIGIT+)? */
    private Expression.NumericValue parseNumericLiteral() {
        int start = c.pos;
        c.eat('-');
        if (!isDigit(c.peek())) {
            c.pos = start;
            return null;
        }
        while (isDigit(c.peek())) {
            c.pos++;
        }
        if (c.peek() == '.' && isDigit(c.peek(1))) {
            c.pos++;
            while (isDigit(c.peek())) {
                c.pos++;
            }
        }
        return new Expression.NumericValue(c.text.substring(start, c.pos), in.span(start));
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /**
     * string_literal = '"' (escape | !('"' | control character) ANY)* '"' ; escapes are decoded as JSON
     * escapes, and an unknown escape is reported where it is.
     */
    Expression.StringValue parseStringLiteral() {
        int start = c.pos;
        if (!c.eat('"')) {
            return null;
        }
        int contentStart = c.pos;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '\\') {
                if (c.pos + 1 >= c.length) {
                    break;
                }
                c.pos += 2;
            } else if (ch == '"' || ch < 0x20) {
                break;
            } else {
                c.pos++;
            }
        }
        int contentEnd = c.pos;
        if (!c.eat('"')) {
            c.pos = start;
            return null;
        }
        String value = unescape(contentStart, contentEnd);
        return new Expression.StringValue(value, in.span(start));
    }

    private String unescape(int from, int to) {
        String text = c.text;
        if (text.indexOf('\\', from) < 0 || text.indexOf('\\', from) >= to) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char ch = text.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                i++;
                continue;
            }
            char esc = text.charAt(i + 1);
            switch (esc) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    i += unicodeEscape(text, i, to, sb);
                    continue;
                }
                default -> in.report(Diagnostic.error("Unknown escape sequence. If the value is a windows-style "
                        + "path, `\\` must be escaped as `\\\\`.", in.span(i, i + 2)));
            }
            i += 2;
        }
        return sb.toString();
    }

    /** Decodes {@code \\uXXXX} at {@code i} into {@code sb}, or reports it; returns how many characters it took. */
    private int unicodeEscape(String text, int i, int to, StringBuilder sb) {
        int consumed = 2;
        int code = 0;
        for (int k = 0; k < 4; k++) {
            int digit = i + 2 + k < to ? Character.digit(text.charAt(i + 2 + k), 16) : -1;
            if (digit < 0) {
                in.report(Diagnostic.error("Invalid unicode escape sequence.", in.span(i, Math.min(to, i + consumed))));
                return consumed;
            }
            code = code * 16 + digit;
            consumed++;
        }
        sb.append((char) code);
        return 6;
    }
}
