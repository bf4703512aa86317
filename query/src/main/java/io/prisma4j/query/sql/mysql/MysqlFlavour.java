package io.prisma4j.query.sql.mysql;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.query.sql.SqlValues;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.SqlStatement;
import io.prisma4j.sql.SqlValue;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.OrderItem;

import java.util.List;

/**
 * MySQL and MariaDB: JSON functions (JSON is text on MariaDB, so equality is containment both ways),
 * no native upsert in Prisma, full-text search with MATCH ... AGAINST. On MariaDB 10.5+ (see
 * {@link #mariaDb()}) INSERT and DELETE return rows, and an upsert that can only conflict on its where
 * is one {@code INSERT ... ON DUPLICATE KEY UPDATE ... RETURNING}.
 */
public final class MysqlFlavour implements SqlFlavour {
    private final boolean mariaDbReturning;

    /** MySQL, or a MariaDB before 10.5: writes read back what they wrote. */
    public MysqlFlavour() {
        this(false);
    }

    private MysqlFlavour(boolean mariaDbReturning) {
        this.mariaDbReturning = mariaDbReturning;
    }

    /** MariaDB 10.5 or later, with {@code INSERT ... RETURNING} and {@code DELETE ... RETURNING}. */
    public static MysqlFlavour mariaDb() {
        return new MysqlFlavour(true);
    }

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public SqlWriter writer() {
        return mariaDbReturning ? Sql.mariaDbWriter() : Sql.writer(Dialect.MYSQL);
    }

    @Override
    public boolean nativeUpsert() {
        return false;
    }

    @Override
    public boolean duplicateKeyUpsert() {
        return mariaDbReturning;
    }

    @Override
    public boolean statementBlocks() {
        return mariaDbReturning;
    }

    /**
     * MariaDB has no {@code UPDATE ... RETURNING}, so an update is read back by a second statement. Sent
     * as an anonymous compound statement (mariadb.com/kb/en/begin-end, {@code BEGIN NOT ATOMIC}), the
     * transaction, the update and the read take one round trip instead of four. {@code ROW_COUNT()} counts
     * matched rows (the connector asks for found rows), and the read runs only when the update matched:
     * the row is then locked, so no other writer's row can be read in its place.
     *
     * <p>With an {@code otherwise} (an upsert's insert) the block's own transaction is READ COMMITTED: at
     * REPEATABLE READ the update that matches nothing locks the gap where the row would go, and two
     * blocks inserting the same new key would deadlock, where Prisma's read-then-insert fails the second
     * with a unique violation; so does this, as the second insert waits for the first row.
     */
    @Override
    public SqlStatement writeThenQuery(SqlStatement write, SqlStatement query, SqlStatement otherwise,
                                       boolean ownTransaction) {
        if (!mariaDbReturning) {
            return null;
        }
        StringBuilder sql = new StringBuilder("BEGIN NOT ATOMIC ");
        if (ownTransaction) {
            sql.append(otherwise != null ? "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; " : "")
                    .append("START TRANSACTION; ");
        }
        sql.append(write.sql()).append("; IF ROW_COUNT() > 0 THEN ").append(query.sql()).append("; ");
        if (otherwise != null) {
            sql.append("ELSE ").append(otherwise.sql()).append("; ");
        }
        sql.append("END IF; ").append(ownTransaction ? "COMMIT; " : "").append("END");
        List<Object> parameters = new java.util.ArrayList<>(write.parameters());
        parameters.addAll(query.parameters());
        if (otherwise != null) {
            parameters.addAll(otherwise.parameters());
        }
        return new SqlStatement(sql.toString(), parameters);
    }

    @Override
    public boolean limitInsideJsonAggregate() {
        return true;
    }

    @Override
    public Expr concat(List<Expr> parts) {
        return new Expr.Func("CONCAT", parts, false);
    }

    @Override
    public Expr fullTextSearch(Expr column, Expr query) {
        return Sql.fragment("MATCH(", column, ") AGAINST (", query, " IN BOOLEAN MODE)");
    }

    @Override
    public Expr jsonFilter(Expr column, Filter.JsonPath path, Condition condition, SqlValues values) {
        Expr target = path.expression() == null ? column
                : Sql.fragment("JSON_EXTRACT(", column, ", ", Sql.param(path.expression()), ")");
        if (condition instanceof Condition.Compare compare) {
            Expr json = Sql.param(new SqlValue.Json(jsonText(compare.value())));
            return switch (compare.op()) {
                case EQUALS -> equal(target, json);
                case NOT_EQUALS -> Sql.not(equal(target, json));
                case LT -> Sql.op(target, "<", json);
                case LTE -> Sql.op(target, "<=", json);
                case GT -> Sql.op(target, ">", json);
                case GTE -> Sql.op(target, ">=", json);
                default -> throw new IllegalStateException("unexpected Json comparison " + compare.op());
            };
        }
        if (condition instanceof Condition.IsNull isNull) {
            return new Expr.IsNull(target, isNull.negated());
        }
        if (condition instanceof Condition.JsonNull jsonNull) {
            Expr isJsonNull = typeIs(target, "NULL");
            Expr result = jsonNull.any() ? Sql.or(List.of(Sql.isNull(target), isJsonNull)) : isJsonNull;
            return jsonNull.negated() ? Sql.not(result) : result;
        }
        Condition.JsonOp op = (Condition.JsonOp) condition;
        return switch (op.op()) {
            case STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH -> Sql.and(typeIs(target, "STRING"),
                    new Expr.Like(Sql.fragment("JSON_UNQUOTE(", target, ")"),
                            SqlValues.pattern(likeOperator(op.op()), (String) op.value()), false, false));
            case ARRAY_CONTAINS -> Sql.and(typeIs(target, "ARRAY"), Sql.fragment("JSON_CONTAINS(", target, ", ",
                    Sql.param(new SqlValue.Json(jsonText(op.value()))), ")"));
            case ARRAY_STARTS_WITH -> Sql.and(typeIs(target, "ARRAY"), equal(Sql.fragment("JSON_EXTRACT(", target,
                    ", '$[0]')"), Sql.param(new SqlValue.Json(jsonText(op.value())))));
            case ARRAY_ENDS_WITH -> Sql.and(typeIs(target, "ARRAY"), equal(Sql.fragment("JSON_EXTRACT(", target,
                    ", '$[last]')"), Sql.param(new SqlValue.Json(jsonText(op.value())))));
        };
    }

    private static Expr typeIs(Expr target, String type) {
        return Sql.eq(Sql.fragment("JSON_TYPE(", target, ")"), Sql.fragment("'" + type + "'"));
    }

    /** JSON equality as mutual containment: MariaDB keeps JSON as text, so plain = would compare spelling. */
    private static Expr equal(Expr target, Expr json) {
        return Sql.and(Sql.fragment("JSON_CONTAINS(", target, ", ", json, ")"),
                Sql.fragment("JSON_CONTAINS(", json, ", ", target, ")"));
    }

    private static String jsonText(Object value) {
        return value instanceof ParsedValue.JsonText json ? json.text() : String.valueOf(value);
    }

    private static String likeOperator(Condition.JsonOperator op) {
        return switch (op) {
            case STRING_CONTAINS -> "contains";
            case STRING_STARTS_WITH -> "startsWith";
            default -> "endsWith";
        };
    }

    // ---- join strategy: JSON written as text ----
    //
    // MariaDB's JSON functions escape every character through the character set (JSON_ARRAY spends
    // most of a relation read on a long text column there), and a nested aggregate loses its JSON type
    // in a subquery, so JSON_EXTRACT had to parse it again. Records are written as JSON text instead:
    // numbers as they print, strings with quotes and backslashes escaped by a byte-wise REPLACE on their
    // UTF-8 bytes (control characters stay raw, which the reader accepts), nested JSON text as it is.

    /** Every value is JSON text, {@code null} for SQL NULL (CONCAT of a NULL would drop the whole record). */
    @Override
    public Expr jsonColumn(Expr column, ScalarField field) {
        Expr json = switch (ColumnType.kindOf(field)) {
            case STRING, ENUM -> jsonString(column);
            case DATETIME -> Sql.fragment("CONCAT(X'22', ", column, ", X'22')");
            case BYTES -> Sql.fragment("CONCAT(X'22', TO_BASE64(", column, "), X'22')");
            case JSON -> Sql.fragment("JSON_EXTRACT(", column, ", '$')");
            // BIT(1) prints as a raw byte; a comparison prints 1 or 0.
            case BOOLEAN -> Sql.fragment("(", column, " <> 0)");
            default -> column;
        };
        return orNull(json);
    }

    /**
     * A string as a JSON string literal: converted to utf8mb4 first, so that a column in another character set
     * reads right, then escaped on its bytes; {@code X'5C'} is a backslash and {@code X'22'} a double quote.
     */
    private static Expr jsonString(Expr text) {
        return Sql.fragment("CONCAT(X'22', REPLACE(REPLACE(CAST(CONVERT(", text,
                " USING utf8mb4) AS BINARY), X'5C', X'5C5C'), X'22', X'5C22'), X'22')");
    }

    private static Expr orNull(Expr json) {
        return Sql.fragment("COALESCE(", json, ", 'null')");
    }

    @Override
    public Expr jsonRecord(List<Expr> values) {
        if (values.isEmpty()) {
            return Sql.fragment("'[]'");
        }
        List<Object> parts = new java.util.ArrayList<>();
        parts.add("CONCAT('[', ");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                parts.add(", ',', ");
            }
            parts.add(values.get(i));
        }
        parts.add(", ']')");
        return new Expr.Fragment(parts);
    }

    @Override
    public Expr jsonRecords(Expr record, List<OrderItem> orderBy, Expr limit, Expr offset) {
        Expr records = new Expr.StringAgg(record, ",", orderBy, limit, offset);
        return Sql.fragment("COALESCE(CONCAT('[', ", records, ", ']'), '[]')");
    }

    @Override
    public Expr embedJson(Expr subquery) {
        return orNull(subquery);
    }
}
