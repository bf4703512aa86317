package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads an expression as the kind of value a validator expects, reporting Prisma's "Expected a
 * string value, but received numeric value `123`." when it is something else. Each method returns
 * {@code null} after reporting.
 */
public final class Coerce {
    private Coerce() {
    }

    public static String string(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.StringValue s) {
            return s.value();
        }
        mismatch("string", expression, diagnostics);
        return null;
    }

    /** A bare constant such as {@code Cascade} or {@code Desc}. */
    public static String constant(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.ConstantValue c) {
            return c.value();
        }
        mismatch("constant", expression, diagnostics);
        return null;
    }

    public static Boolean bool(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.ConstantValue c
                && (c.value().equals("true") || c.value().equals("false"))) {
            return Boolean.valueOf(c.value());
        }
        mismatch("boolean", expression, diagnostics);
        return null;
    }

    /** An integer that fits in 64 bits. */
    public static Long integer(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.NumericValue n) {
            try {
                return Long.parseLong(n.text());
            } catch (NumberFormatException e) {
                // falls through to the mismatch below, as Prisma does for "1.5"
            }
        }
        mismatch("numeric", expression, diagnostics);
        return null;
    }

    public static Expression.FunctionCall function(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.FunctionCall call) {
            return call;
        }
        mismatch("function", expression, diagnostics);
        return null;
    }

    /**
     * Every element of an array (or the single value) coerced with {@code element}; {@code null} when
     * any element failed (all failures are reported).
     */
    public static <T> List<T> array(Expression expression, BiFunction<Expression, Diagnostics, T> element,
                                    Diagnostics diagnostics) {
        List<T> out = new ArrayList<>();
        if (expression instanceof Expression.ArrayValue array) {
            boolean valid = true;
            for (Expression value : array.values()) {
                T coerced = element.apply(value, diagnostics);
                if (coerced == null) {
                    valid = false;
                } else {
                    out.add(coerced);
                }
            }
            return valid ? out : null;
        }
        T coerced = element.apply(expression, diagnostics);
        if (coerced == null) {
            return null;
        }
        out.add(coerced);
        return out;
    }

    public static void mismatch(String expected, Expression expression, Diagnostics diagnostics) {
        diagnostics.add(Messages.typeMismatch(expected, expression.describe(), ExpressionText.render(expression),
                expression.span()));
    }
}
