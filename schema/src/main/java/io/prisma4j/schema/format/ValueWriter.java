package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.ArgumentList;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Identifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes attributes and values in canonical spacing: {@code @relation(fields: [a], references: [id])},
 * {@code ["a", "b"]}, {@code dbgenerated("...")}. Literals are copied from the source as written
 * (string escapes and number spelling are kept); only the spacing between tokens changes, and a
 * trailing comma in an argument list is dropped.
 */
final class ValueWriter {
    private final String source;

    /** @param source the text the AST's spans point into */
    ValueWriter(String source) {
        this.source = source;
    }

    /** {@code name(args)} of an attribute, without its {@code @} / {@code @@}. */
    void attribute(Attribute attribute, StringBuilder out) {
        out.append(attribute.name());
        if (attribute.arguments() != null) {
            arguments(attribute.arguments(), out);
        }
    }

    void arguments(ArgumentList list, StringBuilder out) {
        out.append('(');
        boolean first = true;
        for (Object argument : inSourceOrder(list)) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (argument instanceof Argument arg) {
                if (arg.isNamed()) {
                    out.append(arg.name().name()).append(": ");
                }
                expression(arg.value(), out);
            } else {
                // An argument written as "name:" with no value is kept so its error stays visible.
                out.append(((Identifier) argument).name()).append(": ");
            }
        }
        out.append(')');
    }

    void expression(Expression expression, StringBuilder out) {
        if (expression instanceof Expression.StringValue string) {
            out.append(source, string.span().start(), string.span().end());
        } else if (expression instanceof Expression.NumericValue number) {
            out.append(number.text());
        } else if (expression instanceof Expression.ConstantValue constant) {
            out.append(constant.value());
        } else if (expression instanceof Expression.FunctionCall call) {
            out.append(call.name());
            arguments(call.arguments(), out);
        } else if (expression instanceof Expression.ArrayValue array) {
            out.append('[');
            for (int i = 0; i < array.values().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                expression(array.values().get(i), out);
            }
            out.append(']');
        }
    }

    /** Named, unnamed and empty arguments merged back into the order they were written in. */
    private static List<Object> inSourceOrder(ArgumentList list) {
        List<Object> all = new ArrayList<>(list.arguments());
        if (list.emptyArguments().isEmpty()) {
            return all;
        }
        all.addAll(list.emptyArguments());
        all.sort(Comparator.comparingInt(ValueWriter::start));
        return all;
    }

    private static int start(Object argument) {
        return argument instanceof Argument arg ? arg.span().start() : ((Identifier) argument).span().start();
    }
}
