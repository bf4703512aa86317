package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Expression;

import java.util.ArrayList;
import java.util.List;

/** Prints an expression the way Prisma quotes it in messages: {@code "18"}, {@code now()}, {@code [a,b]}. */
public final class ExpressionText {
    private ExpressionText() {
    }

    public static String render(Expression expression) {
        if (expression instanceof Expression.StringValue s) {
            return quote(s.value());
        } else if (expression instanceof Expression.NumericValue n) {
            return n.text();
        } else if (expression instanceof Expression.ConstantValue c) {
            return c.value();
        } else if (expression instanceof Expression.FunctionCall f) {
            List<String> args = new ArrayList<>();
            for (Argument argument : f.arguments().arguments()) {
                args.add(render(argument));
            }
            return f.name() + "(" + String.join(",", args) + ")";
        }
        List<String> values = new ArrayList<>();
        for (Expression value : ((Expression.ArrayValue) expression).values()) {
            values.add(render(value));
        }
        return "[" + String.join(",", values) + "]";
    }

    public static String render(Argument argument) {
        return (argument.isNamed() ? argument.name().name() + ": " : "") + render(argument.value());
    }

    /** A string literal with JSON escapes, in double quotes. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
