package io.prisma4j.schema.ast;

import java.util.List;

/** A value in an attribute argument or a configuration property. */
public sealed interface Expression {

    Span span();

    /** A string literal; {@link #value} is unescaped (JSON escapes), {@link #span} covers the quotes. */
    record StringValue(String value, Span span) implements Expression {
    }

    /** A number literal kept as written ({@code 42}, {@code -1.5}). */
    record NumericValue(String text, Span span) implements Expression {
    }

    /** A bare path: {@code true}, {@code Cascade}, {@code ADMIN}, {@code db.VarChar}. */
    record ConstantValue(String value, Span span) implements Expression {
    }

    /** A call: {@code now()}, {@code env("DATABASE_URL")}, {@code dbgenerated("...")}. */
    record FunctionCall(String name, ArgumentList arguments, Span span) implements Expression {
    }

    /** A list: {@code [a, b]}. */
    record ArrayValue(List<Expression> values, Span span) implements Expression {
        public ArrayValue {
            values = List.copyOf(values);
        }
    }

    /** What kind of value this is, in Prisma's words ("string", "numeric", "literal", "functional", "array"). */
    default String describe() {
        if (this instanceof StringValue) {
            return "string";
        } else if (this instanceof NumericValue) {
            return "numeric";
        } else if (this instanceof ConstantValue) {
            return "literal";
        } else if (this instanceof FunctionCall) {
            return "functional";
        }
        return "array";
    }
}
