package io.prisma4j.sql;

import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.TableRef;
import io.prisma4j.sql.mysql.MySqlWriter;
import io.prisma4j.sql.postgres.PostgresWriter;
import io.prisma4j.sql.sqlite.SqliteWriter;

import java.util.Arrays;
import java.util.List;

/**
 * Front door of the SQL module: short factories for the syntax tree and the writer of each dialect.
 * <pre>{@code
 * Select select = Select.from(Sql.table("users", "t0")).item(Sql.column("t0", "id"))
 *         .where(Sql.eq(Sql.column("t0", "email"), Sql.param(email)));
 * SqlStatement statement = Sql.writer(Dialect.POSTGRES).render(select);
 * }</pre>
 */
public final class Sql {
    private static final PostgresWriter POSTGRES = new PostgresWriter();
    private static final MySqlWriter MYSQL = new MySqlWriter();
    private static final MySqlWriter MARIADB_RETURNING = new MySqlWriter(true);
    private static final SqliteWriter SQLITE = new SqliteWriter();

    public static final Expr NULL = new Expr.Literal("NULL");
    public static final Expr ONE = new Expr.Literal("1");
    public static final Expr TRUE = new Expr.Logical(true, List.of());
    public static final Expr FALSE = new Expr.Logical(false, List.of());

    private Sql() {
    }

    /** The writer of a dialect (stateless, shared). */
    public static SqlWriter writer(Dialect dialect) {
        return switch (dialect) {
            case POSTGRES -> POSTGRES;
            case MYSQL -> MYSQL;
            case SQLITE -> SQLITE;
        };
    }

    /** The MySQL writer with MariaDB 10.5+'s {@code RETURNING} on INSERT and DELETE (stateless, shared). */
    public static SqlWriter mariaDbWriter() {
        return MARIADB_RETURNING;
    }

    public static TableRef.Table table(String name, String alias) {
        return new TableRef.Table(null, name, alias);
    }

    public static TableRef.Table table(String schema, String name, String alias) {
        return new TableRef.Table(schema, name, alias);
    }

    public static Expr.Column column(String qualifier, String name) {
        return new Expr.Column(qualifier, name);
    }

    public static Expr.Param param(Object value) {
        return new Expr.Param(value);
    }

    public static Expr eq(Expr left, Expr right) {
        return new Expr.Binary(left, "=", right);
    }

    public static Expr op(Expr left, String operator, Expr right) {
        return new Expr.Binary(left, operator, right);
    }

    public static Expr and(List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : new Expr.Logical(true, operands);
    }

    public static Expr and(Expr... operands) {
        return and(Arrays.asList(operands));
    }

    public static Expr or(List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : new Expr.Logical(false, operands);
    }

    public static Expr not(Expr operand) {
        return new Expr.Not(operand);
    }

    public static Expr isNull(Expr operand) {
        return new Expr.IsNull(operand, false);
    }

    public static Expr isNotNull(Expr operand) {
        return new Expr.IsNull(operand, true);
    }

    public static Expr func(String name, Expr... arguments) {
        return new Expr.Func(name, Arrays.asList(arguments), false);
    }

    public static Expr countAll() {
        return new Expr.Func("COUNT", List.of(new Expr.Star(null)), false);
    }

    public static Expr literal(long number) {
        return new Expr.Literal(Long.toString(number));
    }

    /** Dialect-specific SQL assembled from fixed text and expressions. */
    public static Expr fragment(Object... parts) {
        return new Expr.Fragment(Arrays.asList(parts));
    }

    /** Row-value equality {@code (a, b) = (x, y)} or plain {@code a = x} for one column. */
    public static Expr rowEquals(List<Expr> left, List<Expr> right) {
        if (left.size() == 1) {
            return eq(left.get(0), right.get(0));
        }
        List<Expr> parts = new java.util.ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            parts.add(eq(left.get(i), right.get(i)));
        }
        return and(parts);
    }
}
