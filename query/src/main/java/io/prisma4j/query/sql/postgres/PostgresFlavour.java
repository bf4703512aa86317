package io.prisma4j.query.sql.postgres;

import io.prisma4j.schema.model.NativeType;

import io.prisma4j.schema.model.ScalarType;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.query.sql.SqlValues;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ListCondition;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Dialect;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.SqlValue;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: jsonb operators, arrays for scalar lists, ILIKE, base64 bytes in JSON. */
public class PostgresFlavour implements SqlFlavour {
    /** Plain text columns ({@code text}, {@code varchar}, {@code char}); uuid, xml, citext, ... stay untyped. */
    @Override
    public boolean textTyped(ScalarField field) {
        if (field.scalarType() != ScalarType.STRING || field.isEnum()) {
            return false;
        }
        String nativeType = field.nativeType().map(NativeType::name).orElse(null);
        return nativeType == null || nativeType.equals("Text") || nativeType.equals("VarChar") || nativeType.equals("Char");
    }


    /**
     * Values go typed where their column's type is known: DateTimes of {@code timestamp}/{@code timestamptz}
     * columns, enum values whose type lives in the search path's schemas (no {@code @@schema}), and the types
     * of {@link #columnType}. Given a parameter of unspecified type, the JDBC driver describes the statement,
     * and then spends one more round trip before every later execution of it whose rows have no bounded size
     * (pgjdbc's {@code flushIfDeadlockRisk}).
     */
    @Override
    public Object elementValue(ScalarField field, Object value) {
        if (value instanceof java.time.Instant instant && field.scalarType() == ScalarType.DATETIME) {
            String nativeType = field.nativeType().map(NativeType::name).orElse(null);
            if (nativeType == null || nativeType.equals("Timestamp") || nativeType.equals("Timestamptz")) {
                return new SqlValue.Timestamp(instant, "Timestamptz".equals(nativeType));
            }
        }
        Object element = SqlFlavour.super.elementValue(field, value);
        if (element instanceof SqlValue.Enum enumValue && field.enumType().schema().isPresent()) {
            return new SqlValue.Enum(enumValue.value(), null);
        }
        String type = columnType(field, element);
        return type == null ? element : new SqlValue.Typed(element, type);
    }

    /** Json values are made before {@link #elementValue} sees them: typed here as their column. */
    @Override
    public Object bindValue(ScalarField field, Object value) {
        Object bound = SqlFlavour.super.bindValue(field, value);
        if (bound instanceof SqlValue.Json && !field.isList()) {
            String type = columnType(field, bound);
            return type == null ? bound : new SqlValue.Typed(bound, type);
        }
        return bound;
    }

    /**
     * The type the server would infer for a value of a field, compared with or written to its column: the
     * same text then goes typed, and is read as before. Null leaves the type to the server: for a value of
     * another Java type than the field's (a count compared with {@code _count}), and where the parameter
     * does not always take the column's type: {@code money} (multiplied by a {@code float8}) and {@code real}
     * (its {@code _avg} is a {@code double precision}). A list's elements go in an array cast to the column's
     * array type ({@link #elementType}).
     */
    private static String columnType(ScalarField field, Object element) {
        if (field.scalarType() == null) {
            return null;   // an enum
        }
        String nativeType = field.isList() ? null : field.nativeType().map(NativeType::name).orElse(null);
        return switch (field.scalarType()) {
            case DECIMAL -> element instanceof java.math.BigDecimal
                    && (nativeType == null || nativeType.equals("Decimal")) ? "numeric" : null;
            case FLOAT -> element instanceof Double
                    && (nativeType == null || nativeType.equals("DoublePrecision")) ? "float8" : null;
            // A Long within 32 bits is bound as int8 already (and so a plan rebinds it); beyond, typed here.
            case BIGINT -> element instanceof Long number && number != number.intValue() ? "int8" : null;
            case JSON -> element instanceof SqlValue.Json ? ("Json".equals(nativeType) ? "json" : "jsonb") : null;
            // Text columns are typed already (see textTyped); a timestamp's instant is a SqlValue.Timestamp.
            case STRING -> element instanceof String ? nativeTypeName(nativeType) : null;
            case DATETIME -> element instanceof java.time.Instant ? nativeTypeName(nativeType) : null;
            default -> null;
        };
    }

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public SqlWriter writer() {
        return Sql.writer(Dialect.POSTGRES);
    }

    @Override
    public Operation.LoadStrategy defaultLoadStrategy() {
        return Operation.LoadStrategy.QUERY;
    }

    @Override
    public boolean caseInsensitiveLike() {
        return true;
    }

    @Override
    public Object listValue(ScalarField field, List<Object> items) {
        return new SqlValue.Array(items, "text");
    }

    @Override
    public Expr listParam(ScalarField field, Object bound) {
        return new Expr.Cast(Sql.param(bound), arrayType(field), false);
    }

    @Override
    public Expr listPush(Expr column, ScalarField field, List<Object> values) {
        List<Object> items = new ArrayList<>();
        for (Object value : values) {
            items.add(elementValue(field, value));
        }
        return Sql.fragment("array_cat(", column, ", ", listParam(field, listValue(field, items)), ")");
    }

    @Override
    public Expr listFilter(Expr column, ScalarField field, ListCondition condition) {
        if (condition instanceof ListCondition.Has has) {
            return has.value() == null ? Sql.FALSE
                    : Sql.fragment(new Expr.Cast(Sql.param(elementValue(field, has.value())), elementType(field), false),
                    " = ANY(", column, ")");
        }
        if (condition instanceof ListCondition.HasEvery every) {
            return Sql.fragment(column, " @> ", array(field, every.values()));
        }
        if (condition instanceof ListCondition.HasSome some) {
            return Sql.fragment(column, " && ", array(field, some.values()));
        }
        if (condition instanceof ListCondition.IsEmpty empty) {
            return Sql.fragment("cardinality(", column, empty.empty() ? ") = 0" : ") > 0");
        }
        ListCondition.Equals equals = (ListCondition.Equals) condition;
        return equals.values() == null ? Sql.isNull(column) : Sql.eq(column, array(field, equals.values()));
    }

    private Expr array(ScalarField field, List<Object> values) {
        List<Object> items = new ArrayList<>();
        for (Object value : values) {
            items.add(elementValue(field, value));
        }
        return listParam(field, listValue(field, items));
    }

    private static String arrayType(ScalarField field) {
        return elementType(field) + "[]";
    }

    private static String elementType(ScalarField field) {
        if (field.isEnum()) {
            return "\"" + field.enumType().databaseName().replace("\"", "\"\"") + "\"";
        }
        String nativeType = nativeElementType(field);
        if (nativeType != null) {
            return nativeType;
        }
        return switch (field.scalarType()) {
            case STRING -> "text";
            case BOOLEAN -> "boolean";
            case INT -> "integer";
            case BIGINT -> "bigint";
            case FLOAT -> "double precision";
            case DECIMAL -> "numeric";
            case DATETIME -> "timestamp(3)";
            case JSON -> "jsonb";
            case BYTES -> "bytea";
        };
    }

    /**
     * The element type of a scalar list whose column has a native type other than its scalar type's
     * default: a list is compared and written as an array of the column's own type ({@code uuid[] @> uuid[]};
     * PostgreSQL has no operator between {@code uuid[]} and {@code text[]}, nor a cast on assignment).
     */
    private static String nativeElementType(ScalarField field) {
        return field.nativeType().map(NativeType::name).map(PostgresFlavour::nativeTypeName).orElse(null);
    }

    /** PostgreSQL's name of a Prisma native type that is not its scalar type's default column type; else null. */
    private static String nativeTypeName(String nativeType) {
        return nativeType == null ? null : switch (nativeType) {
            case "Uuid" -> "uuid";
            case "Xml" -> "xml";
            case "Inet" -> "inet";
            case "Citext" -> "citext";
            case "Bit" -> "bit";
            case "VarBit" -> "varbit";
            case "SmallInt" -> "smallint";
            case "Oid" -> "oid";
            case "Real" -> "real";
            case "Money" -> "money";
            case "Date" -> "date";
            case "Time" -> "time";
            case "Timetz" -> "timetz";
            case "Timestamptz" -> "timestamptz(3)";
            case "Json" -> "json";
            default -> null;
        };
    }

    /** A {@code json} column (Json @db.Json) has no equality or containment of its own: it is compared as jsonb. */
    @Override
    public Expr jsonOperand(Expr column, ScalarField field) {
        boolean plainJson = field.nativeType().map(NativeType::name).filter("Json"::equals).isPresent();
        return plainJson ? new Expr.Cast(column, "jsonb", false) : column;
    }

    @Override
    public Expr jsonFilter(Expr column, Filter.JsonPath path, Condition condition, SqlValues values) {
        Expr target = column;
        Expr text = Sql.fragment("(", column, " #>> '{}')");
        if (path.keys() != null) {
            List<Expr> keys = path.keys().stream().map(k -> (Expr) Sql.param(k)).toList();
            Expr keyArray = new Expr.Cast(Sql.fragment(joinArray(keys).toArray()), "text[]", false);
            target = Sql.fragment("(", column, " #> ", keyArray, ")");
            text = Sql.fragment("(", column, " #>> ", keyArray, ")");
        }
        if (condition instanceof Condition.Compare compare) {
            Expr jsonValue = jsonb(compare.value());
            return switch (compare.op()) {
                case EQUALS -> Sql.eq(target, jsonValue);
                case NOT_EQUALS -> Sql.op(target, "<>", jsonValue);
                case LT -> Sql.op(target, "<", jsonValue);
                case LTE -> Sql.op(target, "<=", jsonValue);
                case GT -> Sql.op(target, ">", jsonValue);
                case GTE -> Sql.op(target, ">=", jsonValue);
                default -> throw new IllegalStateException("unexpected Json comparison " + compare.op());
            };
        }
        if (condition instanceof Condition.IsNull isNull) {
            return new Expr.IsNull(target, isNull.negated());
        }
        if (condition instanceof Condition.JsonNull jsonNull) {
            Expr isJsonNull = Sql.eq(target, Sql.fragment("'null'::jsonb"));
            Expr result = jsonNull.any() ? Sql.or(List.of(Sql.isNull(target), isJsonNull)) : isJsonNull;
            return jsonNull.negated() ? Sql.not(result) : result;
        }
        Condition.JsonOp op = (Condition.JsonOp) condition;
        return switch (op.op()) {
            case STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH -> Sql.and(
                    Sql.eq(Sql.fragment("jsonb_typeof(", target, ")"), Sql.fragment("'string'")),
                    new Expr.Like(text, SqlValues.pattern(likeOperator(op.op()), (String) op.value()), op.insensitive(),
                            false));
            case ARRAY_CONTAINS -> Sql.and(
                    Sql.eq(Sql.fragment("jsonb_typeof(", target, ")"), Sql.fragment("'array'")),
                    Sql.fragment(target, " @> ", jsonb(op.value())));
            case ARRAY_STARTS_WITH -> Sql.and(
                    Sql.eq(Sql.fragment("jsonb_typeof(", target, ")"), Sql.fragment("'array'")),
                    Sql.eq(Sql.fragment(target, " -> 0"), jsonb(op.value())));
            case ARRAY_ENDS_WITH -> Sql.and(
                    Sql.eq(Sql.fragment("jsonb_typeof(", target, ")"), Sql.fragment("'array'")),
                    Sql.eq(Sql.fragment(target, " -> -1"), jsonb(op.value())));
        };
    }

    static String likeOperator(Condition.JsonOperator op) {
        return switch (op) {
            case STRING_CONTAINS -> "contains";
            case STRING_STARTS_WITH -> "startsWith";
            default -> "endsWith";
        };
    }

    private static Expr jsonb(Object value) {
        String text = value instanceof ParsedValue.JsonText json ? json.text() : String.valueOf(value);
        return new Expr.Cast(Sql.param(new SqlValue.Json(text)), "jsonb", false);
    }

    private static List<Object> joinArray(List<Expr> keys) {
        List<Object> parts = new ArrayList<>();
        parts.add("ARRAY[");
        parts.addAll(SqlFlavour.joinParts(keys, ", "));
        parts.add("]");
        return parts;
    }

    @Override
    public Expr jsonColumn(Expr column, ScalarField field) {
        if (field.scalarType() == io.prisma4j.schema.model.ScalarType.BYTES) {
            return Sql.fragment("encode(", column, ", 'base64')");
        }
        Expr money = moneyAsNumeric(column, field);
        return money != null ? money : column;
    }

    /**
     * A money column as a numeric, or null for another column: money's text carries the locale's currency
     * sign and group separators ({@code -$1,234.56}).
     */
    static Expr moneyAsNumeric(Expr column, ScalarField field) {
        boolean money = field.nativeType().map(NativeType::name).filter("Money"::equals).isPresent();
        return money ? Sql.fragment(column, field.isList() ? "::numeric[]" : "::numeric") : null;
    }
}
