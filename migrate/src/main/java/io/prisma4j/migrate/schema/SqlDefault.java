package io.prisma4j.migrate.schema;

/**
 * A column default as the database keeps it: a constant, {@code now()}, a sequence (autoincrement), or
 * an expression the user wrote with {@code dbgenerated(...)} (or one a describer could not read).
 */
public sealed interface SqlDefault {

    /** A constant value. */
    record Value(SqlValue value) implements SqlDefault {
    }

    /** {@code CURRENT_TIMESTAMP}. */
    record Now() implements SqlDefault {
    }

    /** The next value of a sequence ({@code SERIAL} on PostgreSQL); {@code name} is empty when calculated. */
    record Sequence(String name) implements SqlDefault {
    }

    /** A database expression; {@code expression} is {@code null} for {@code dbgenerated()} without text. */
    record DbGenerated(String expression) implements SqlDefault {
    }

    static SqlDefault value(SqlValue value) {
        return new Value(value);
    }

    static SqlDefault now() {
        return new Now();
    }

    static SqlDefault dbGenerated(String expression) {
        return new DbGenerated(expression);
    }

    /** Whether this default is written in SQL at all (calculated sequences and empty dbgenerated() are not). */
    default boolean isRendered() {
        return !(this instanceof Sequence) && !(this instanceof DbGenerated g && g.expression() == null);
    }
}
