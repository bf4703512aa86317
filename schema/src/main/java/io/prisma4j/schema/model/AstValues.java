package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.ArgumentList;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small readers for attribute arguments, shared by the model builder and validation. */
public final class AstValues {
    private AstValues() {
    }

    /** The argument named {@code name}, or the first unnamed one when {@code orFirstUnnamed}. */
    public static Optional<Expression> argument(ArgumentList args, String name, boolean orFirstUnnamed) {
        if (args == null) {
            return Optional.empty();
        }
        for (Argument argument : args.arguments()) {
            if (argument.isNamed() && argument.name().name().equals(name)) {
                return Optional.of(argument.value());
            }
        }
        if (orFirstUnnamed) {
            for (Argument argument : args.arguments()) {
                if (!argument.isNamed()) {
                    return Optional.of(argument.value());
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<Expression> argument(Attribute attribute, String name, boolean orFirstUnnamed) {
        return argument(attribute.arguments(), name, orFirstUnnamed);
    }

    public static Optional<String> string(Expression expression) {
        return expression instanceof Expression.StringValue s ? Optional.of(s.value()) : Optional.empty();
    }

    public static Optional<String> stringArgument(Attribute attribute, String name, boolean orFirstUnnamed) {
        return argument(attribute, name, orFirstUnnamed).flatMap(AstValues::string);
    }

    public static Optional<String> constantArgument(Attribute attribute, String name) {
        return argument(attribute, name, false).filter(Expression.ConstantValue.class::isInstance)
                .map(e -> ((Expression.ConstantValue) e).value());
    }

    public static Optional<Boolean> booleanArgument(Attribute attribute, String name) {
        return constantArgument(attribute, name).filter(v -> v.equals("true") || v.equals("false"))
                .map(Boolean::parseBoolean);
    }

    public static Optional<Integer> intArgument(Attribute attribute, String name) {
        return argument(attribute, name, false).filter(Expression.NumericValue.class::isInstance)
                .flatMap(e -> parseInt(((Expression.NumericValue) e).text()));
    }

    public static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The elements of an array argument, or the value itself as a one-element list. */
    public static List<Expression> elements(Expression expression) {
        if (expression instanceof Expression.ArrayValue array) {
            return array.values();
        }
        List<Expression> single = new ArrayList<>();
        single.add(expression);
        return single;
    }

    /**
     * The name an element of a field list refers to: {@code a} in {@code [a, b(sort: Desc)]}, or a
     * dotted path for composite fields.
     */
    public static Optional<String> fieldName(Expression element) {
        if (element instanceof Expression.ConstantValue c) {
            return Optional.of(c.value());
        }
        if (element instanceof Expression.FunctionCall f) {
            return Optional.of(f.name());
        }
        return Optional.empty();
    }

    /** The first attribute called {@code name} in the list. */
    public static Optional<Attribute> attribute(List<Attribute> attributes, String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }
}
