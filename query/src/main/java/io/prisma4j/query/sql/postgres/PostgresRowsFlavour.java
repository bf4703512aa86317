package io.prisma4j.query.sql.postgres;

import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.schema.model.NativeType;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.OrderItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL whose join strategy aggregates rows instead of JSON: a record is {@code ROW(...)} of its
 * values, a to-many relation the {@code array_agg} of its records, received in PostgreSQL's binary format
 * and read by the query engine's binary row reader. The server then sends each value as stored, where
 * {@code json_build_array} formatted every value and escaped every string character by character (about
 * twice the statement's time for the Blog workload's include of posts).
 *
 * <p>It needs the driver to receive the rows in binary, which takes a statement prepared on the server:
 * a connection that may not prepare statements (PgBouncer's transaction mode) keeps the JSON of
 * {@link PostgresFlavour}.
 */
public final class PostgresRowsFlavour extends PostgresFlavour {
    /**
     * Native types without a plain binary form worth decoding (float4 would read back widened; inet, bit
     * and xml have layouts of their own): sent as {@code json}, whose text the JSON reader reads.
     */
    private static final Set<String> SENT_AS_JSON = Set.of("Real", "Inet", "Bit", "VarBit", "Xml");

    @Override
    public Expr jsonColumn(Expr column, ScalarField field) {
        Expr money = moneyAsNumeric(column, field);
        if (money != null) {
            return money;
        }
        String nativeType = field.nativeType().map(NativeType::name).orElse(null);
        return nativeType != null && SENT_AS_JSON.contains(nativeType) ? Sql.fragment("to_json(", column, ")") : column;
    }

    @Override
    public Expr jsonRecord(List<Expr> values) {
        List<Object> parts = new ArrayList<>();
        parts.add("ROW(");
        parts.addAll(SqlFlavour.joinParts(values, ", "));
        parts.add(")");
        return Sql.fragment(parts.toArray());
    }

    /** NULL over no rows, which reads as an empty list. Never ordered or limited here (see the parent). */
    @Override
    public Expr jsonRecords(Expr record, List<OrderItem> orderBy, Expr limit, Expr offset) {
        if (!orderBy.isEmpty() || limit != null || offset != null) {
            throw new UnsupportedOperationException("PostgreSQL aggregates take no LIMIT; limit a derived table instead");
        }
        return Sql.fragment("array_agg(", record, ")");
    }

    /**
     * A to-one relation is a row subquery: with no JSON to build, it costs the server no more to run than a
     * LEFT JOIN, and less to plan, which PostgreSQL does on each execution of a statement with a LIMIT
     * parameter (0.1-0.15 ms against 0.2-0.4 ms for the Blog workload's posts with author and comments).
     */
    @Override
    public boolean joinsToOneRelations() {
        return false;
    }

    @Override
    public ColumnType joinedColumnType() {
        return ColumnType.RECORDS;
    }
}
