package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.ForeignKeyAction;
import io.prisma4j.migrate.schema.IndexAlgorithm;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SortOrder;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.migrate.schema.Table;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a PostgreSQL schema from pg_catalog: tables by name, columns in order, indexes by table and name,
 * foreign keys by table and constraint name, enums by name (Prisma's describer orders them the same way).
 */
public final class PostgresDescriber implements SchemaDescriber {

    @Override
    public SqlSchema describe(DatabaseConnection connection) throws SQLException {
        String namespace = connection.url().namespace();
        SqlSchemaBuilder builder = new SqlSchemaBuilder();
        if (connection.count("SELECT COUNT(*) FROM pg_namespace WHERE nspname = ?", namespace) > 0) {
            builder.namespace(namespace);
        }
        builder.defaultNamespace(namespace);
        Map<String, SqlEnum> enums = enums(connection, namespace, builder);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Object[] row : connection.query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                + "c.relnamespace WHERE n.nspname = ? AND ((c.relkind = 'r' AND NOT c.relispartition) OR c.relkind = 'p') "
                + "ORDER BY c.relname", namespace)) {
            String name = (String) row[0];
            tables.put(name, builder.table(null, name));
        }
        columns(connection, namespace, tables, enums, builder);
        indexes(connection, namespace, tables, builder);
        foreignKeys(connection, namespace, tables, builder);
        for (Object[] row : connection.query("SELECT viewname FROM pg_views WHERE schemaname = ? ORDER BY viewname",
                namespace)) {
            builder.view((String) row[0]);
        }
        return builder.build();
    }

    private static Map<String, SqlEnum> enums(DatabaseConnection connection, String namespace, SqlSchemaBuilder builder)
            throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Object[] row : connection.query("SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid "
                + "= t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ? ORDER BY t.typname, "
                + "e.enumsortorder", namespace)) {
            values.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<String, SqlEnum> enums = new LinkedHashMap<>();
        values.forEach((name, labels) -> enums.put(name, builder.enumType(null, name, labels)));
        return enums;
    }

    private static void columns(DatabaseConnection connection, String namespace, Map<String, Table> tables,
                                Map<String, SqlEnum> enums, SqlSchemaBuilder builder) throws SQLException {
        String sql = "SELECT cls.relname, att.attname, format_type(att.atttypid, att.atttypmod), typ.typtype, "
                + "typ.typname, elem.typtype, elem.typname, att.attnotnull, pg_get_expr(def.adbin, def.adrelid), "
                + "att.attidentity "
                + "FROM pg_attribute att JOIN pg_class cls ON cls.oid = att.attrelid "
                + "JOIN pg_namespace ns ON ns.oid = cls.relnamespace JOIN pg_type typ ON typ.oid = att.atttypid "
                + "LEFT JOIN pg_type elem ON elem.oid = typ.typelem AND typ.typcategory = 'A' "
                + "LEFT JOIN pg_attrdef def ON def.adrelid = att.attrelid AND def.adnum = att.attnum "
                + "WHERE ns.nspname = ? AND att.attnum > 0 AND NOT att.attisdropped ORDER BY cls.relname, att.attnum";
        for (Object[] row : connection.query(sql, namespace)) {
            Table table = tables.get((String) row[0]);
            if (table == null) {
                continue;
            }
            String formatted = (String) row[2];
            boolean list = row[5] != null;
            String typtype = list ? String.valueOf(row[5]) : String.valueOf(row[3]);
            String typname = list ? (String) row[6] : (String) row[4];
            boolean notNull = (Boolean) row[7];
            String defaultExpr = (String) row[8];
            String identity = row[9] == null ? "" : row[9].toString();
            ColumnArity arity = list ? ColumnArity.LIST : notNull ? ColumnArity.REQUIRED : ColumnArity.NULLABLE;
            ColumnType type;
            if (typtype.equals("e") && enums.containsKey(typname)) {
                type = ColumnType.enumOf(enums.get(typname), arity);
            } else {
                String base = list && formatted.endsWith("[]") ? formatted.substring(0, formatted.length() - 2) : formatted;
                DbType nativeType = PostgresTypeParser.parse(base);
                type = nativeType == null ? ColumnType.unsupported(base, arity)
                        : new ColumnType(PostgresTypeParser.family(nativeType), nativeType, arity, null, formatted);
            }
            SqlDefault defaultValue = defaultExpr == null ? null : PostgresDefaultParser.parse(defaultExpr, type);
            boolean autoincrement = defaultValue instanceof SqlDefault.Sequence || identity.equals("a")
                    || identity.equals("d");
            if (autoincrement && defaultValue == null) {
                defaultValue = new SqlDefault.Sequence(table.name() + "_" + row[1] + "_seq");
            }
            builder.column(table, (String) row[1], type, defaultValue, autoincrement);
        }
    }

    private static void indexes(DatabaseConnection connection, String namespace, Map<String, Table> tables,
                                SqlSchemaBuilder builder) throws SQLException {
        String sql = "WITH raw AS (SELECT indrelid, indexrelid, indisunique, indisprimary, unnest(indkey) AS key, "
                + "generate_subscripts(indkey, 1) AS position, unnest(indclass) AS class, unnest(indoption) AS options "
                + "FROM pg_index WHERE indpred IS NULL AND NOT indisexclusion) "
                + "SELECT tbl.relname, idx.relname, att.attname, raw.indisunique, raw.indisprimary, opc.opcname, "
                + "opc.opcdefault, am.amname, raw.options & 1 "
                + "FROM raw JOIN pg_class tbl ON tbl.oid = raw.indrelid JOIN pg_class idx ON idx.oid = raw.indexrelid "
                + "JOIN pg_namespace ns ON ns.oid = tbl.relnamespace "
                + "LEFT JOIN pg_attribute att ON att.attrelid = tbl.oid AND att.attnum = raw.key "
                + "JOIN pg_am am ON am.oid = idx.relam LEFT JOIN pg_opclass opc ON opc.oid = raw.class "
                + "WHERE ns.nspname = ? ORDER BY tbl.relname, idx.relname, raw.position";
        Map<List<String>, List<Object[]>> grouped = new LinkedHashMap<>();
        for (Object[] row : connection.query(sql, namespace)) {
            grouped.computeIfAbsent(List.of((String) row[0], (String) row[1]), k -> new ArrayList<>()).add(row);
        }
        List<Map.Entry<List<String>, List<Object[]>>> entries = new ArrayList<>(grouped.entrySet());
        for (Map.Entry<List<String>, List<Object[]>> entry : entries) {
            Table table = tables.get(entry.getKey().get(0));
            List<Object[]> rows = entry.getValue();
            if (table == null || rows.stream().anyMatch(r -> r[2] == null)) {
                continue; // expression indexes are not Prisma's to manage
            }
            boolean primary = (Boolean) rows.get(0)[4];
            boolean unique = (Boolean) rows.get(0)[3];
            IndexAlgorithm algorithm = algorithm((String) rows.get(0)[7]);
            List<IndexColumn> columns = new ArrayList<>();
            for (Object[] row : rows) {
                Column column = table.column((String) row[2]).orElseThrow();
                SortOrder sort = ((Number) row[8]).intValue() == 1 ? SortOrder.DESC : SortOrder.ASC;
                IndexColumn.OperatorClass opclass = row[5] == null ? null
                        : new IndexColumn.OperatorClass((String) row[5], Boolean.TRUE.equals(row[6]));
                columns.add(new IndexColumn(column, sort, null, opclass));
            }
            IndexKind kind = primary ? IndexKind.PRIMARY_KEY : unique ? IndexKind.UNIQUE : IndexKind.NORMAL;
            builder.index(table, entry.getKey().get(1), kind, algorithm, columns);
        }
    }

    private static IndexAlgorithm algorithm(String amname) {
        return switch (amname.toLowerCase(Locale.ROOT)) {
            case "hash" -> IndexAlgorithm.HASH;
            case "gist" -> IndexAlgorithm.GIST;
            case "gin" -> IndexAlgorithm.GIN;
            case "spgist" -> IndexAlgorithm.SPGIST;
            case "brin" -> IndexAlgorithm.BRIN;
            default -> IndexAlgorithm.BTREE;
        };
    }

    private static void foreignKeys(DatabaseConnection connection, String namespace, Map<String, Table> tables,
                                    SqlSchemaBuilder builder) throws SQLException {
        String sql = "SELECT con.conname, cls.relname, fcls.relname, att.attname, fatt.attname, con.confdeltype, "
                + "con.confupdtype FROM pg_constraint con "
                + "JOIN pg_class cls ON cls.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cls.relnamespace "
                + "JOIN pg_class fcls ON fcls.oid = con.confrelid "
                + "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, fcol, pos) "
                + "JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.col "
                + "JOIN pg_attribute fatt ON fatt.attrelid = con.confrelid AND fatt.attnum = k.fcol "
                + "WHERE con.contype = 'f' AND ns.nspname = ? ORDER BY cls.relname, con.conname, k.pos";
        Map<List<String>, List<Object[]>> grouped = new LinkedHashMap<>();
        for (Object[] row : connection.query(sql, namespace)) {
            grouped.computeIfAbsent(List.of((String) row[1], (String) row[0]), k -> new ArrayList<>()).add(row);
        }
        for (List<Object[]> rows : grouped.values()) {
            Object[] first = rows.get(0);
            Table table = tables.get((String) first[1]);
            Table referenced = tables.get((String) first[2]);
            if (table == null || referenced == null) {
                continue;
            }
            List<Column> columns = rows.stream().map(r -> table.column((String) r[3]).orElseThrow()).toList();
            List<Column> referencedColumns = rows.stream().map(r -> referenced.column((String) r[4]).orElseThrow()).toList();
            builder.foreignKey(table, (String) first[0], referenced, columns, referencedColumns,
                    action(first[5].toString()), action(first[6].toString()));
        }
    }

    private static ForeignKeyAction action(String code) {
        return switch (code) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }
}
