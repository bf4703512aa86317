package io.prisma4j.sql.ast;

import java.util.List;

/**
 * A SQL expression. Every value that comes from outside is a {@link Param} (bound, never inlined);
 * identifiers are quoted by the writer; {@link Literal} and function names are fixed text chosen by
 * the code that builds the tree, never user input.
 */
public sealed interface Expr permits Expr.Column, Expr.Param, Expr.Literal, Expr.Binary, Expr.Logical, Expr.Not,
        Expr.IsNull, Expr.In, Expr.InSelect, Expr.Exists, Expr.Func, Expr.Cast, Expr.Subquery, Expr.Case, Expr.Tuple,
        Expr.Like, Expr.Fragment, Expr.JsonArray, Expr.JsonArrayAgg, Expr.StringAgg, Expr.RowNumber, Expr.Star {

    /** {@code "qualifier"."name"}, or {@code "name"} when the qualifier is {@code null}. */
    record Column(String qualifier, String name) implements Expr {
    }

    /** A bound parameter. */
    record Param(Object value) implements Expr {
    }

    /** Fixed SQL text: a number, {@code NULL}, a keyword. Never user input. */
    record Literal(String sql) implements Expr {
    }

    /** {@code left op right} with a fixed operator ({@code =}, {@code <>}, {@code <}, {@code +}, ...). */
    record Binary(Expr left, String operator, Expr right) implements Expr {
    }

    /** AND (or OR) of the operands; an empty AND is true and an empty OR is false. */
    record Logical(boolean and, List<Expr> operands) implements Expr {
        public Logical {
            operands = List.copyOf(operands);
        }
    }

    record Not(Expr operand) implements Expr {
    }

    /** {@code expr IS [NOT] NULL}. */
    record IsNull(Expr operand, boolean negated) implements Expr {
    }

    /** {@code expr [NOT] IN (values...)}; an empty list is false (true when negated). */
    record In(Expr operand, List<Expr> values, boolean negated) implements Expr {
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code expr [NOT] IN (SELECT ...)}. */
    record InSelect(Expr operand, Select select, boolean negated) implements Expr {
    }

    /** {@code [NOT] EXISTS (SELECT ...)}. */
    record Exists(Select select, boolean negated) implements Expr {
    }

    /** A function call with a fixed name, e.g. {@code COUNT(DISTINCT x)}. */
    record Func(String name, List<Expr> arguments, boolean distinct) implements Expr {
        public Func {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code CAST(expr AS type)}; {@code quoted} quotes the type as an identifier (e.g. an enum type). */
    record Cast(Expr operand, String type, boolean quoted) implements Expr {
    }

    /** A scalar subquery {@code (SELECT ...)}. */
    record Subquery(Select select) implements Expr {
    }

    /** {@code CASE WHEN ... THEN ... ELSE ... END}. */
    record Case(List<When> whens, Expr otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
        }

        public record When(Expr condition, Expr result) {
        }
    }

    /** {@code (a, b, c)}. */
    record Tuple(List<Expr> items) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /**
     * {@code expr [NOT] LIKE pattern} with backslash as the escape character; {@code insensitive} asks for
     * a case-insensitive match (only where the dialect has one, e.g. PostgreSQL {@code ILIKE}).
     */
    record Like(Expr operand, Expr pattern, boolean insensitive, boolean negated) implements Expr {
    }

    /**
     * Dialect-specific SQL written by a database-specific caller: each part is fixed SQL text (a
     * {@code String}) or an {@link Expr}, rendered in order.
     */
    record Fragment(List<Object> parts) implements Expr {
        public Fragment {
            parts = List.copyOf(parts);
            for (Object part : parts) {
                if (!(part instanceof String) && !(part instanceof Expr)) {
                    throw new IllegalArgumentException("fragment part must be SQL text or an expression: " + part);
                }
            }
        }
    }

    /**
     * A JSON array of values ({@code json_build_array}, {@code JSON_ARRAY}, {@code json_array}): records read
     * in one statement travel as arrays in a known order, which the databases build faster than objects
     * (no key per value) and which are read back by position.
     */
    record JsonArray(List<Expr> items) implements Expr {
        public JsonArray {
            items = List.copyOf(items);
        }
    }

    /**
     * Aggregates values into a JSON array, the empty array when there are no rows; optionally ordered,
     * and (only where the dialect allows it inside the aggregate, MySQL/MariaDB) limited.
     */
    record JsonArrayAgg(Expr value, List<OrderItem> orderBy, Expr limit, Expr offset) implements Expr {
        public JsonArrayAgg {
            orderBy = List.copyOf(orderBy);
        }

        public JsonArrayAgg(Expr value) {
            this(value, List.of(), null, null);
        }
    }

    /**
     * Joins text values with a separator ({@code GROUP_CONCAT}, {@code string_agg}, {@code group_concat}),
     * NULL when there are no rows; optionally ordered, and (MySQL/MariaDB only) limited.
     */
    record StringAgg(Expr value, String separator, List<OrderItem> orderBy, Expr limit, Expr offset) implements Expr {
        public StringAgg {
            orderBy = List.copyOf(orderBy);
        }
    }

    /** {@code ROW_NUMBER() OVER (ORDER BY ...)}. */
    record RowNumber(List<OrderItem> orderBy) implements Expr {
        public RowNumber {
            orderBy = List.copyOf(orderBy);
        }
    }

    /** {@code *} or {@code "t".*}. */
    record Star(String qualifier) implements Expr {
    }
}
