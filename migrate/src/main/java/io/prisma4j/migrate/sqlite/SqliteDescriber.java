package io.prisma4j.migrate.sqlite;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.DefaultParsing;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.ForeignKeyAction;
import io.prisma4j.migrate.schema.IndexAlgorithm;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SortOrder;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.migrate.schema.Table;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite schema from {@code sqlite_master} and the table pragmas. SQLite does not report foreign
 * key constraint names, so they are read from the {@code CREATE TABLE} text.
 */
public final class SqliteDescriber implements SchemaDescriber {
    private static final Pattern FK_NAME = Pattern.compile(
            "CONSTRAINT\\s+[\"`\\[]?([^\"`\\]]+)[\"`\\]]?\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    @Override
    public SqlSchema describe(DatabaseConnection connection) throws SQLException {
        SqlSchemaBuilder builder = new SqlSchemaBuilder();
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (Object[] row : connection.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                + "'sqlite_%' ORDER BY name")) {
            tables.put((String) row[0], builder.table(null, (String) row[0]));
            definitions.put((String) row[0], (String) row[1]);
        }
        for (Table table : tables.values()) {
            columnsAndPrimaryKey(connection, table, builder);
        }
        for (Table table : tables.values()) {
            indexes(connection, table, builder);
        }
        for (Table table : tables.values()) {
            foreignKeys(connection, table, definitions.get(table.name()), tables, builder);
        }
        for (Object[] row : connection.query("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")) {
            builder.view((String) row[0]);
        }
        return builder.build();
    }

    private static String pragma(String name, String table) {
        return "PRAGMA " + name + "(\"" + table.replace("\"", "\"\"") + "\")";
    }

    private static void columnsAndPrimaryKey(DatabaseConnection connection, Table table, SqlSchemaBuilder builder)
            throws SQLException {
        List<Object[]> rows = connection.query(pragma("table_info", table.name()));
        TreeMap<Integer, String> primaryKey = new TreeMap<>();
        for (Object[] row : rows) {
            int pk = ((Number) row[5]).intValue();
            if (pk > 0) {
                primaryKey.put(pk, (String) row[1]);
            }
        }
        for (Object[] row : rows) {
            String name = (String) row[1];
            String declared = row[2] == null ? "" : (String) row[2];
            boolean notNull = ((Number) row[3]).intValue() != 0;
            ColumnTypeFamily family = family(declared);
            ColumnType type = family == ColumnTypeFamily.UNSUPPORTED
                    ? ColumnType.unsupported(declared, notNull ? ColumnArity.REQUIRED : ColumnArity.NULLABLE)
                    : new ColumnType(family, null, notNull ? ColumnArity.REQUIRED : ColumnArity.NULLABLE, null, declared);
            SqlDefault defaultValue = row[4] == null ? null : defaultValue((String) row[4], family);
            boolean autoincrement = primaryKey.size() == 1 && primaryKey.containsValue(name)
                    && family == ColumnTypeFamily.INT;
            builder.column(table, name, type, defaultValue, autoincrement);
        }
        if (!primaryKey.isEmpty()) {
            builder.index(table, "", IndexKind.PRIMARY_KEY,
                    primaryKey.values().stream().map(c -> table.column(c).orElseThrow()).toList());
        }
    }

    /** SQLite's type affinity rules, with Prisma's names for the types it writes. */
    static ColumnTypeFamily family(String declared) {
        String type = declared.toLowerCase(Locale.ROOT).strip();
        if (type.isEmpty()) {
            return ColumnTypeFamily.UNSUPPORTED;
        }
        if (type.startsWith("bigint") || type.equals("int8")) {
            return ColumnTypeFamily.BIGINT;
        }
        if (type.startsWith("boolean") || type.equals("bool")) {
            return ColumnTypeFamily.BOOLEAN;
        }
        if (type.startsWith("datetime") || type.startsWith("date") || type.startsWith("timestamp")) {
            return ColumnTypeFamily.DATETIME;
        }
        if (type.startsWith("decimal") || type.startsWith("numeric")) {
            return ColumnTypeFamily.DECIMAL;
        }
        if (type.startsWith("jsonb") || type.equals("json")) {
            return ColumnTypeFamily.JSON;
        }
        if (type.contains("int")) {
            return ColumnTypeFamily.INT;
        }
        if (type.contains("char") || type.contains("clob") || type.contains("text")) {
            return ColumnTypeFamily.STRING;
        }
        if (type.contains("blob")) {
            return ColumnTypeFamily.BINARY;
        }
        if (type.contains("real") || type.contains("floa") || type.contains("doub")) {
            return ColumnTypeFamily.FLOAT;
        }
        return ColumnTypeFamily.UNSUPPORTED;
    }

    static SqlDefault defaultValue(String text, ColumnTypeFamily family) {
        String value = text.strip();
        if (value.startsWith("(") && value.endsWith(")")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("CURRENT_TIMESTAMP") || upper.equals("DATETIME('NOW')")) {
            return SqlDefault.now();
        }
        String literal = DefaultParsing.unquote(value);
        if (literal != null) {
            return DefaultParsing.textDefault(literal, family, false);
        }
        var constant = DefaultParsing.constant(value, family);
        if (constant != null) {
            return SqlDefault.value(constant);
        }
        return SqlDefault.dbGenerated(value);
    }

    private static void indexes(DatabaseConnection connection, Table table, SqlSchemaBuilder builder) throws SQLException {
        List<Object[]> list = new ArrayList<>(connection.query(pragma("index_list", table.name())));
        list.sort((a, b) -> ((String) a[1]).compareTo((String) b[1]));
        for (Object[] row : list) {
            String name = (String) row[1];
            String origin = String.valueOf(row[3]);
            boolean partial = ((Number) row[4]).intValue() != 0;
            if (origin.equals("pk") || partial) {
                continue;
            }
            List<IndexColumn> columns = new ArrayList<>();
            boolean expression = false;
            for (Object[] column : connection.query(pragma("index_xinfo", name))) {
                if (((Number) column[5]).intValue() == 0) {
                    continue;
                }
                if (column[2] == null) {
                    expression = true;
                    break;
                }
                Column col = table.column((String) column[2]).orElseThrow();
                SortOrder sort = ((Number) column[3]).intValue() == 1 ? SortOrder.DESC : SortOrder.ASC;
                columns.add(new IndexColumn(col, sort, null, null));
            }
            if (!expression) {
                boolean unique = ((Number) row[2]).intValue() != 0;
                builder.index(table, name, unique ? IndexKind.UNIQUE : IndexKind.NORMAL, IndexAlgorithm.BTREE, columns);
            }
        }
    }

    private static void foreignKeys(DatabaseConnection connection, Table table, String definition,
                                    Map<String, Table> tables, SqlSchemaBuilder builder) throws SQLException {
        Map<Integer, List<Object[]>> byId = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (Object[] row : connection.query(pragma("foreign_key_list", table.name()))) {
            byId.computeIfAbsent(((Number) row[0]).intValue(), k -> new ArrayList<>()).add(row);
        }
        Map<String, String> names = constraintNames(definition);
        // SQLite numbers foreign keys from the last declared one: reversed, they are in declaration order.
        for (List<Object[]> rows : byId.values()) {
            Table referenced = tables.get((String) rows.get(0)[2]);
            if (referenced == null) {
                continue;
            }
            rows.sort((a, b) -> Integer.compare(((Number) a[1]).intValue(), ((Number) b[1]).intValue()));
            List<Column> columns = rows.stream().map(r -> table.column((String) r[3]).orElseThrow()).toList();
            List<Column> referencedColumns = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String to = (String) rows.get(i)[4];
                int index = i;
                referencedColumns.add(to != null ? referenced.column(to).orElseThrow()
                        : referenced.primaryKey().orElseThrow().columns().get(index).column());
            }
            String key = String.join(",", columns.stream().map(Column::name).toList());
            builder.foreignKey(table, names.get(key), referenced, columns, referencedColumns,
                    action((String) rows.get(0)[6]), action((String) rows.get(0)[5]));
        }
    }

    /** {@code CONSTRAINT "name" FOREIGN KEY ("a", "b")} → {@code a,b -> name}. */
    private static Map<String, String> constraintNames(String definition) {
        Map<String, String> names = new LinkedHashMap<>();
        if (definition == null) {
            return names;
        }
        Matcher m = FK_NAME.matcher(definition);
        while (m.find()) {
            List<String> columns = new ArrayList<>();
            for (String part : m.group(2).split(",")) {
                columns.add(part.strip().replaceAll("^[\"`\\[]|[\"`\\]]$", ""));
            }
            names.put(String.join(",", columns), m.group(1));
        }
        return names;
    }

    private static ForeignKeyAction action(String text) {
        return switch (text == null ? "" : text.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }
}
