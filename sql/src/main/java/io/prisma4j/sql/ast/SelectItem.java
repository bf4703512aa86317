package io.prisma4j.sql.ast;

/** One item of a select list, optionally aliased. */
public record SelectItem(Expr expr, String alias) {
    public static SelectItem of(Expr expr) {
        return new SelectItem(expr, null);
    }
}
