package io.prisma4j.sql.ast;

/** {@code LEFT JOIN [LATERAL] table ON condition}. */
public record Join(Kind kind, TableRef table, Expr on, boolean lateral) {

    /** Join kinds the query engine uses. */
    public enum Kind {
        INNER, LEFT
    }
}
