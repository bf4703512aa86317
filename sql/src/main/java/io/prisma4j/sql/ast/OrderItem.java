package io.prisma4j.sql.ast;

/** One {@code ORDER BY} term. */
public record OrderItem(Expr expr, boolean descending, Nulls nulls) {

    /** Where NULLs go; {@code DEFAULT} leaves it to the database. */
    public enum Nulls {
        DEFAULT, FIRST, LAST
    }

    public static OrderItem asc(Expr expr) {
        return new OrderItem(expr, false, Nulls.DEFAULT);
    }

    public static OrderItem desc(Expr expr) {
        return new OrderItem(expr, true, Nulls.DEFAULT);
    }

    /** The same term in the opposite direction (backwards cursor pagination). */
    public OrderItem reversed() {
        Nulls flipped = switch (nulls) {
            case FIRST -> Nulls.LAST;
            case LAST -> Nulls.FIRST;
            case DEFAULT -> Nulls.DEFAULT;
        };
        return new OrderItem(expr, !descending, flipped);
    }
}
