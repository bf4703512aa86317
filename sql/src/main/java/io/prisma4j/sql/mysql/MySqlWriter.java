package io.prisma4j.sql.mysql;

import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Insert;
import io.prisma4j.sql.ast.OrderItem;

/**
 * MySQL and MariaDB: backtick identifiers, {@code INSERT IGNORE} and {@code ON DUPLICATE KEY UPDATE}, no
 * {@code NULLS FIRST/LAST} (emulated). RETURNING only on MariaDB 10.5+, and only on INSERT and DELETE.
 */
public final class MySqlWriter extends SqlWriter {
    /** The largest LIMIT MySQL accepts; MySQL has no OFFSET without LIMIT (dev.mysql.com/doc/refman/8.0/en/select.html). */
    private static final String NO_LIMIT = "18446744073709551615";

    private final boolean insertDeleteReturning;

    /** MySQL, and MariaDB before 10.5: no RETURNING. */
    public MySqlWriter() {
        this(false);
    }

    /**
     * @param insertDeleteReturning MariaDB 10.5+: {@code INSERT ... RETURNING} and {@code DELETE ... RETURNING}
     *                              (mariadb.com/kb/en/insertreturning, mariadb.com/kb/en/delete)
     */
    public MySqlWriter(boolean insertDeleteReturning) {
        this.insertDeleteReturning = insertDeleteReturning;
    }

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public boolean supportsInsertDeleteReturning() {
        return insertDeleteReturning;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    protected void identifier(String name, StringBuilder sql) {
        sql.append('`').append(name.replace("`", "``")).append('`');
    }

    @Override
    protected void limitOffset(Expr limit, Expr offset, Out out) {
        out.sql().append(" LIMIT ");
        if (limit != null) {
            expr(limit, out);
        } else {
            out.sql().append(NO_LIMIT);
        }
        if (offset != null) {
            out.sql().append(" OFFSET ");
            expr(offset, out);
        }
    }

    @Override
    protected void orderItem(OrderItem item, Out out) {
        // MySQL sorts NULLs first ascending and last descending; an explicit placement sorts on IS NULL first.
        if (item.nulls() == OrderItem.Nulls.FIRST && item.descending()
                || item.nulls() == OrderItem.Nulls.LAST && !item.descending()) {
            expr(item.expr(), out);
            out.sql().append(item.nulls() == OrderItem.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL ASC, ");
        }
        expr(item.expr(), out);
        out.sql().append(item.descending() ? " DESC" : " ASC");
    }

    @Override
    protected void insertKeyword(Insert insert, Out out) {
        out.sql().append(insert.onConflict() instanceof Insert.DoNothing ? "INSERT IGNORE INTO " : "INSERT INTO ");
    }

    @Override
    protected void onConflict(Insert insert, Out out) {
        if (insert.onConflict() instanceof Insert.DoUpdate update) {
            out.sql().append(" ON DUPLICATE KEY UPDATE ");
            assignments(update.assignments(), out);
        }
    }

    @Override
    protected void defaultValues(Out out) {
        out.sql().append(" () VALUES ()");
    }

    @Override
    protected void jsonArray(Expr.JsonArray array, Out out) {
        out.sql().append("JSON_ARRAY(");
        list(array.items(), out);
        out.sql().append(')');
    }

    /** MariaDB orders and limits inside JSON_ARRAYAGG (mariadb.com/kb/en/json_arrayagg); MySQL 8 has neither. */
    @Override
    protected void jsonArrayAgg(Expr.JsonArrayAgg agg, Out out) {
        out.sql().append("COALESCE(JSON_ARRAYAGG(");
        expr(agg.value(), out);
        aggregateOrder(agg.orderBy(), out);
        limitInside(agg.limit(), agg.offset(), out);
        out.sql().append("), JSON_ARRAY())");
    }

    /** {@code GROUP_CONCAT(x ORDER BY ... SEPARATOR ',' LIMIT offset, n)} (mariadb.com/kb/en/group_concat). */
    @Override
    protected void stringAgg(Expr.StringAgg agg, Out out) {
        out.sql().append("GROUP_CONCAT(");
        expr(agg.value(), out);
        aggregateOrder(agg.orderBy(), out);
        out.sql().append(" SEPARATOR ");
        stringLiteral(agg.separator(), out.sql());
        limitInside(agg.limit(), agg.offset(), out);
        out.sql().append(')');
    }

    /** {@code LIMIT [offset, ]n} inside an aggregate; an offset alone takes every row after it. */
    private void limitInside(Expr limit, Expr offset, Out out) {
        if (limit == null && offset == null) {
            return;
        }
        out.sql().append(" LIMIT ");
        if (offset != null) {
            expr(offset, out);
            out.sql().append(", ");
        }
        if (limit != null) {
            expr(limit, out);
        } else {
            out.sql().append("18446744073709551615");
        }
    }

    @Override
    protected void stringLiteral(String text, StringBuilder sql) {
        // Backslash is an escape character in MySQL string literals unless NO_BACKSLASH_ESCAPES is set.
        sql.append('\'').append(text.replace("\\", "\\\\").replace("'", "''")).append('\'');
    }
}
