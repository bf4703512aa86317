package io.prisma4j.query.sql;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ListCondition;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.SqlStatement;
import io.prisma4j.sql.SqlValue;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.OrderItem;

import java.util.ArrayList;
import java.util.List;

/**
 * What differs per database in the SQL the query engine writes. Shared code asks here; each database
 * answers only where it differs ({@code query.sql.postgres}, {@code query.sql.mysql}, {@code query.sql.sqlite}).
 */
public interface SqlFlavour {

    Provider provider();

    /** The writer for this database's dialect. */
    SqlWriter writer();

    /** Whether INSERT/UPDATE/DELETE can return rows ({@code RETURNING}). */
    default boolean returning() {
        return writer().supportsReturning();
    }

    /**
     * Whether INSERT and DELETE can return rows: where {@link #returning()} holds, and on MariaDB 10.5+,
     * which has no {@code UPDATE ... RETURNING}.
     */
    default boolean insertDeleteReturning() {
        return writer().supportsInsertDeleteReturning();
    }

    /**
     * Whether Prisma writes an upsert as one {@code INSERT ... ON CONFLICT DO UPDATE} when it can
     * (PostgreSQL and SQLite; on MySQL Prisma reads first).
     */
    default boolean nativeUpsert() {
        return true;
    }

    /**
     * Whether an upsert Prisma would write natively may be one {@code INSERT ... ON DUPLICATE KEY UPDATE
     * ... RETURNING} when its insert cannot conflict on another unique index (MariaDB 10.5+).
     */
    default boolean duplicateKeyUpsert() {
        return false;
    }

    /**
     * One statement that runs {@code write} and then, if it changed a row, {@code query} (which reads that
     * row back), else {@code otherwise} when given; each with its parameters. Where the database runs a
     * block of statements sent as one, and {@code null} elsewhere. With {@code ownTransaction} the block
     * opens and commits its own transaction; when it fails, that transaction is left open for the caller
     * to roll back.
     */
    default SqlStatement writeThenQuery(SqlStatement write, SqlStatement query, SqlStatement otherwise,
                                        boolean ownTransaction) {
        return null;
    }

    /** Whether {@link #writeThenQuery} gives a block. */
    default boolean statementBlocks() {
        return false;
    }

    /** The relation load strategy used when a query does not ask for one. */
    default Operation.LoadStrategy defaultLoadStrategy() {
        return Operation.LoadStrategy.QUERY;
    }

    /** Whether {@code mode: insensitive} compares with this database's case-insensitive operator. */
    default boolean caseInsensitiveLike() {
        return false;
    }

    /**
     * The parameter for a value written to or compared with a field: enums as their database names,
     * Json as JSON text, lists as arrays where the database has them.
     */
    default Expr value(ScalarField field, Object value) {
        return Sql.param(bindValue(field, value));
    }

    default Object bindValue(ScalarField field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ParsedValue.JsonText json) {
            return new SqlValue.Json(json.text());
        }
        if (field.isList()) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(elementValue(field, item));
            }
            return listValue(field, items);
        }
        if (field.scalarType() == ScalarType.JSON && value instanceof String text) {
            return new SqlValue.Json(text);
        }
        return elementValue(field, value);
    }

    /** One element of a value: an enum constant becomes its {@code @map} name. */
    default Object elementValue(ScalarField field, Object value) {
        if (field.isEnum() && value instanceof String name) {
            EnumType type = field.enumType();
            String databaseName = name;
            for (EnumType.Value candidate : type.values()) {
                if (candidate.name().equals(name)) {
                    databaseName = candidate.databaseName();
                    break;
                }
            }
            return new SqlValue.Enum(databaseName, type.databaseName());
        }
        if (value instanceof ParsedValue.JsonText json) {
            return new SqlValue.Json(json.text());
        }
        if (value instanceof String text && textTyped(field)) {
            return new SqlValue.Text(text);
        }
        return value;
    }

    /** Whether strings for this field may be bound as text (see {@link SqlValue.Text}); no by default. */
    default boolean textTyped(ScalarField field) {
        return false;
    }

    /** A scalar list value (only PostgreSQL has scalar lists). */
    default Object listValue(ScalarField field, List<Object> items) {
        throw new UnsupportedOperationException(provider() + " has no scalar lists");
    }

    /** The expression that writes a scalar list value ({@code CAST($1 AS text[])} on PostgreSQL). */
    default Expr listParam(ScalarField field, Object bound) {
        return Sql.param(bound);
    }

    /** {@code list || values} for {@code push}. */
    default Expr listPush(Expr column, ScalarField field, List<Object> values) {
        throw new UnsupportedOperationException(provider() + " has no scalar lists");
    }

    /** A scalar-list filter. */
    default Expr listFilter(Expr column, ScalarField field, ListCondition condition) {
        throw new UnsupportedOperationException(provider() + " has no scalar lists");
    }

    /** A Json column as the operand of {@link #jsonFilter} (PostgreSQL compares {@code json} as {@code jsonb}). */
    default Expr jsonOperand(Expr column, ScalarField field) {
        return column;
    }

    /** A Json filter on a column. */
    Expr jsonFilter(Expr column, Filter.JsonPath path, Condition condition, SqlValues values);

    /** String concatenation (for LIKE patterns built from another column). */
    default Expr concat(List<Expr> parts) {
        return new Expr.Fragment(joinParts(parts, " || "));
    }

    /** MySQL full-text search ({@code search}); elsewhere unsupported. */
    default Expr fullTextSearch(Expr column, Expr query) {
        throw new UnsupportedOperationException("full-text search is not supported on " + provider());
    }

    /** Integer division that matches the database's own {@code /} on integers. */
    default Expr divide(Expr left, Expr right) {
        return Sql.op(left, "/", right);
    }

    // ---- join strategy (JSON aggregation) ----

    /** The JSON value of a column inside a record built in SQL (bytes as base64, ...). */
    default Expr jsonColumn(Expr column, ScalarField field) {
        return column;
    }

    /**
     * A record built in SQL: the JSON array of its values, each a {@link #jsonColumn}, an
     * {@link #embedJson embedded} relation, a record of counts, or a position number.
     */
    default Expr jsonRecord(List<Expr> values) {
        return new Expr.JsonArray(values);
    }

    /**
     * The JSON array of a list relation's records, empty over no rows; ordered and limited inside the
     * aggregate only where {@link #limitInsideJsonAggregate()}.
     */
    default Expr jsonRecords(Expr record, List<OrderItem> orderBy, Expr limit, Expr offset) {
        return new Expr.JsonArrayAgg(record, orderBy, limit, offset);
    }

    /** A nested relation subquery embedded as JSON (not as an escaped string). */
    default Expr embedJson(Expr subquery) {
        return subquery;
    }

    /**
     * Whether a relation's JSON array is ordered and limited inside the aggregate (MariaDB's
     * {@code GROUP_CONCAT(x ORDER BY ... LIMIT n)}); otherwise a derived table is limited and each
     * element carries its position.
     */
    default boolean limitInsideJsonAggregate() {
        return false;
    }

    /**
     * Whether the join strategy LEFT JOINs the to-one relations of the records a statement returns (their
     * columns read as the parent's), rather than selecting each one's record as a subquery.
     */
    default boolean joinsToOneRelations() {
        return true;
    }

    /**
     * How a relation column of the join strategy is read: JSON text, or (PostgreSQL, see
     * {@code JoinedRecords}) the binary rows that {@link #jsonRecord}/{@link #jsonRecords} then build.
     */
    default ColumnType joinedColumnType() {
        return ColumnType.JSON_TEXT;
    }

    /** Bytes as written into JSON by {@link #jsonColumn}: base64 by default. */
    default byte[] jsonBytes(String text) {
        return java.util.Base64.getMimeDecoder().decode(text);
    }

    static List<Object> joinParts(List<Expr> parts, String separator) {
        List<Object> joined = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                joined.add(separator);
            }
            joined.add(parts.get(i));
        }
        return joined;
    }
}
