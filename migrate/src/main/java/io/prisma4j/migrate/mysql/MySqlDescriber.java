package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.DefaultParsing;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MySQL or MariaDB schema from information_schema. MariaDB keeps JSON as {@code LONGTEXT} with a
 * {@code json_valid} check, which is read back as JSON.
 */
public final class MySqlDescriber implements SchemaDescriber {
    private static final Pattern JSON_CHECK = Pattern.compile("json_valid\\(`([^`]+)`\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUM = Pattern.compile("^enum\\((.*)\\)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public SqlSchema describe(DatabaseConnection connection) throws SQLException {
        SqlSchemaBuilder builder = new SqlSchemaBuilder();
        boolean mariadb = MySqlDialect.isMariaDb(connection);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Object[] row : connection.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                + "DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            tables.put((String) row[0], builder.table(null, (String) row[0]));
        }
        Set<String> jsonColumns = mariadb ? jsonColumns(connection) : Set.of();
        columns(connection, tables, jsonColumns, mariadb, builder);
        indexes(connection, tables, builder);
        foreignKeys(connection, tables, builder);
        for (Object[] row : connection.query("SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = "
                + "DATABASE() ORDER BY TABLE_NAME")) {
            builder.view((String) row[0]);
        }
        return builder.build();
    }

    /** {@code table.column} of every MariaDB JSON column (a LONGTEXT with a json_valid check). */
    private static Set<String> jsonColumns(DatabaseConnection connection) throws SQLException {
        Set<String> columns = new HashSet<>();
        for (Object[] row : connection.query("SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                + "WHERE CONSTRAINT_SCHEMA = DATABASE()")) {
            Matcher m = JSON_CHECK.matcher(String.valueOf(row[1]));
            if (m.find()) {
                columns.add(row[0] + "." + m.group(1));
            }
        }
        return columns;
    }

    private static void columns(DatabaseConnection connection, Map<String, Table> tables, Set<String> jsonColumns,
                                boolean mariadb, SqlSchemaBuilder builder) throws SQLException {
        for (Object[] row : connection.query("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
                + "EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, "
                + "ORDINAL_POSITION")) {
            Table table = tables.get((String) row[0]);
            if (table == null) {
                continue;
            }
            String name = (String) row[1];
            String columnType = (String) row[2];
            ColumnArity arity = "YES".equals(row[3]) ? ColumnArity.NULLABLE : ColumnArity.REQUIRED;
            String extra = row[5] == null ? "" : ((String) row[5]).toLowerCase(Locale.ROOT);
            ColumnType type;
            Matcher enumMatcher = ENUM.matcher(columnType);
            if (enumMatcher.matches()) {
                type = ColumnType.enumOf(builder.enumType(null, table.name() + "_" + name,
                        enumValues(enumMatcher.group(1))), arity);
            } else if (jsonColumns.contains(table.name() + "." + name)) {
                type = new ColumnType(ColumnTypeFamily.JSON, DbType.of("Json"), arity, null, "json");
            } else {
                DbType nativeType = MySqlTypes.parse(columnType);
                type = nativeType == null ? ColumnType.unsupported(columnType, arity)
                        : new ColumnType(MySqlTypes.family(nativeType, columnType), nativeType, arity, null, "");
            }
            SqlDefault defaultValue = row[4] == null ? null : defaultValue((String) row[4], type, extra, mariadb);
            builder.column(table, name, type, defaultValue, extra.contains("auto_increment"));
        }
    }

    /** {@code 'a','b'} of {@code enum('a','b')}. */
    private static List<String> enumValues(String list) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < list.length()) {
            int start = list.indexOf('\'', i);
            if (start < 0) {
                break;
            }
            StringBuilder value = new StringBuilder();
            int j = start + 1;
            while (j < list.length()) {
                char c = list.charAt(j);
                if (c == '\'' && j + 1 < list.length() && list.charAt(j + 1) == '\'') {
                    value.append('\'');
                    j += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    value.append(c);
                    j++;
                }
            }
            values.add(value.toString());
            i = j + 1;
        }
        return values;
    }

    /**
     * MariaDB quotes literal defaults and writes {@code NULL} for none; MySQL leaves literals unquoted and marks
     * expressions with {@code DEFAULT_GENERATED}.
     */
    static SqlDefault defaultValue(String text, ColumnType type, String extra, boolean mariadb) {
        String value = text.strip();
        if (mariadb && value.equalsIgnoreCase("NULL")) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("current_timestamp") || lower.equals("now()")) {
            return SqlDefault.now();
        }
        String literal = mariadb ? DefaultParsing.unquote(value) : (extra.contains("default_generated") ? null : value);
        if (literal != null) {
            return DefaultParsing.textDefault(literal, type.family(), type.isEnum());
        }
        var constant = DefaultParsing.constant(value, type.family());
        return constant != null ? SqlDefault.value(constant) : SqlDefault.dbGenerated(value);
    }

    private static void indexes(DatabaseConnection connection, Map<String, Table> tables, SqlSchemaBuilder builder)
            throws SQLException {
        Map<List<String>, List<Object[]>> grouped = new LinkedHashMap<>();
        for (Object[] row : connection.query("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, "
                + "COLLATION, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY "
                + "TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            grouped.computeIfAbsent(List.of((String) row[0], (String) row[1]), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<List<String>, List<Object[]>> entry : grouped.entrySet()) {
            Table table = tables.get(entry.getKey().get(0));
            List<Object[]> rows = entry.getValue();
            if (table == null || rows.stream().anyMatch(r -> r[3] == null)) {
                continue;
            }
            String name = entry.getKey().get(1);
            boolean primary = name.equals("PRIMARY");
            boolean unique = ((Number) rows.get(0)[2]).intValue() == 0;
            boolean fulltext = "FULLTEXT".equalsIgnoreCase(String.valueOf(rows.get(0)[6]));
            List<IndexColumn> columns = new ArrayList<>();
            for (Object[] row : rows) {
                Column column = table.column((String) row[3]).orElseThrow();
                Integer length = row[4] == null ? null : ((Number) row[4]).intValue();
                SortOrder sort = "D".equals(row[5]) ? SortOrder.DESC : SortOrder.ASC;
                columns.add(new IndexColumn(column, sort, length, null));
            }
            IndexKind kind = primary ? IndexKind.PRIMARY_KEY : fulltext ? IndexKind.FULLTEXT
                    : unique ? IndexKind.UNIQUE : IndexKind.NORMAL;
            builder.index(table, primary ? "" : name, kind, IndexAlgorithm.BTREE, columns);
        }
    }

    private static void foreignKeys(DatabaseConnection connection, Map<String, Table> tables, SqlSchemaBuilder builder)
            throws SQLException {
        Map<List<String>, List<Object[]>> grouped = new LinkedHashMap<>();
        for (Object[] row : connection.query("SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, "
                + "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE "
                + "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                + "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                + "AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME "
                + "IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            grouped.computeIfAbsent(List.of((String) row[0], (String) row[1]), k -> new ArrayList<>()).add(row);
        }
        for (List<Object[]> rows : grouped.values()) {
            Object[] first = rows.get(0);
            Table table = tables.get((String) first[0]);
            Table referenced = tables.get((String) first[3]);
            if (table == null || referenced == null) {
                continue;
            }
            builder.foreignKey(table, (String) first[1], referenced,
                    rows.stream().map(r -> table.column((String) r[2]).orElseThrow()).toList(),
                    rows.stream().map(r -> referenced.column((String) r[4]).orElseThrow()).toList(),
                    action((String) first[5]), action((String) first[6]));
        }
    }

    private static ForeignKeyAction action(String rule) {
        return switch (rule == null ? "" : rule.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }
}
