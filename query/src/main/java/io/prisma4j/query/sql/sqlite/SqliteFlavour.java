package io.prisma4j.query.sql.sqlite;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.query.sql.SqlValues;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.SqlValue;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;

import java.util.List;

/** SQLite: Json is text read with json_extract/json_type and the {@code ->} operator. */
public final class SqliteFlavour implements SqlFlavour {

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public SqlWriter writer() {
        return Sql.writer(Dialect.SQLITE);
    }

    /**
     * "join": SQLite runs in the process, so a statement costs its preparation and steps rather than a
     * round trip, and one statement with correlated subqueries measured faster than one statement per
     * relation level for every include shape of the benchmarks (benchmarks/QUERIES.md).
     */
    @Override
    public Operation.LoadStrategy defaultLoadStrategy() {
        return Operation.LoadStrategy.JOIN;
    }

    @Override
    public Expr jsonFilter(Expr column, Filter.JsonPath path, Condition condition, SqlValues values) {
        Expr pathParam = path.expression() == null ? null : Sql.param(path.expression());
        Expr jsonText = pathParam == null ? Sql.fragment("json(", column, ")") : Sql.fragment("(", column, " -> ", pathParam, ")");
        Expr type = pathParam == null ? Sql.fragment("json_type(", column, ")")
                : Sql.fragment("json_type(", column, ", ", pathParam, ")");
        Expr extracted = pathParam == null ? column : Sql.fragment("json_extract(", column, ", ", pathParam, ")");
        if (condition instanceof Condition.Compare compare) {
            Expr json = Sql.fragment("json(", Sql.param(new SqlValue.Json(jsonText(compare.value()))), ")");
            return switch (compare.op()) {
                case EQUALS -> Sql.eq(jsonText, json);
                case NOT_EQUALS -> Sql.op(jsonText, "<>", json);
                case LT -> Sql.op(extracted, "<", scalar(compare.value()));
                case LTE -> Sql.op(extracted, "<=", scalar(compare.value()));
                case GT -> Sql.op(extracted, ">", scalar(compare.value()));
                case GTE -> Sql.op(extracted, ">=", scalar(compare.value()));
                default -> throw new IllegalStateException("unexpected Json comparison " + compare.op());
            };
        }
        if (condition instanceof Condition.IsNull isNull) {
            return new Expr.IsNull(pathParam == null ? column : type, isNull.negated());
        }
        if (condition instanceof Condition.JsonNull jsonNull) {
            Expr isJsonNull = Sql.eq(type, Sql.fragment("'null'"));
            Expr result = jsonNull.any() ? Sql.or(List.of(Sql.isNull(pathParam == null ? column : type), isJsonNull))
                    : isJsonNull;
            return jsonNull.negated() ? Sql.not(result) : result;
        }
        Condition.JsonOp op = (Condition.JsonOp) condition;
        return switch (op.op()) {
            case STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH -> Sql.and(
                    Sql.eq(type, Sql.fragment("'text'")),
                    new Expr.Like(extracted, SqlValues.pattern(likeOperator(op.op()), (String) op.value()), false, false));
            case ARRAY_STARTS_WITH -> Sql.and(Sql.eq(type, Sql.fragment("'array'")),
                    Sql.eq(Sql.fragment("(", jsonText, " -> 0)"),
                            Sql.fragment("json(", Sql.param(new SqlValue.Json(jsonText(op.value()))), ")")));
            case ARRAY_ENDS_WITH -> Sql.and(Sql.eq(type, Sql.fragment("'array'")),
                    Sql.eq(Sql.fragment("(", jsonText, " -> '$[#-1]')"),
                            Sql.fragment("json(", Sql.param(new SqlValue.Json(jsonText(op.value()))), ")")));
            case ARRAY_CONTAINS -> throw new UnsupportedOperationException("array_contains is not available on SQLite");
        };
    }

    private static Expr scalar(Object value) {
        if (value instanceof ParsedValue.JsonText json) {
            Object parsed = io.prisma4j.query.document.JsonValues.parse(json.text());
            return Sql.param(parsed instanceof Number || parsed instanceof String ? parsed : json.text());
        }
        return Sql.param(value);
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

    @Override
    public Expr jsonColumn(Expr column, ScalarField field) {
        if (field.scalarType() == ScalarType.BYTES) {
            // hex(NULL) is '' in SQLite, so NULL is kept apart.
            return Sql.fragment("CASE WHEN ", column, " IS NULL THEN NULL ELSE hex(", column, ") END");
        }
        if (field.scalarType() == ScalarType.JSON) {
            return Sql.fragment("json(", column, ")");
        }
        return column;
    }

    @Override
    public byte[] jsonBytes(String text) {
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    @Override
    public Expr embedJson(Expr subquery) {
        return Sql.fragment("json(", subquery, ")");
    }
}
