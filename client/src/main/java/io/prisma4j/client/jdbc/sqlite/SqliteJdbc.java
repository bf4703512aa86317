package io.prisma4j.client.jdbc.sqlite;

import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.client.jdbc.JdbcDialect;
import io.prisma4j.client.jdbc.Timestamps;
import io.prisma4j.client.jdbc.Values;
import io.prisma4j.query.document.JsonValues;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.sql.SqlValue;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * SQLite over sqlite-jdbc. DateTime is stored as {@code 2024-03-01T10:00:00.000+00:00} text, as Prisma
 * stores it; foreign keys are switched on per connection, as Prisma does.
 */
public final class SqliteJdbc implements JdbcDialect {

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public String jdbcUrl(ConnectionUrl url) {
        return "jdbc:sqlite:" + url.database();
    }

    @Override
    public Properties properties(ConnectionUrl url) {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("busy_timeout", Integer.toString(url.intParam("socket_timeout", 5) * 1000));
        return properties;
    }

    @Override
    public int defaultPoolSize() {
        return 1;
    }

    @Override
    public boolean supportsIsolationLevel(String sqlName) {
        return sqlName.equals("SERIALIZABLE");
    }

    @Override
    public boolean staleUpdateCounts() {
        return true;
    }

    /**
     * Prisma's SQLite driver types a computed column (no declared type) by its first non-null value:
     * when that is an integer, later fractional values in the column lose their fraction (a sum over
     * groups whose first total is whole reads 120.356 as 120). Model reads reproduce that.
     */
    @Override
    public RowReader rowReader(ResultSet rs, List<ColumnType> columns) throws SQLException {
        ResultSetMetaData metaData = rs.getMetaData();
        boolean[] computed = new boolean[columns.size()];
        for (int i = 0; i < computed.length; i++) {
            String table = metaData.getTableName(i + 1);
            computed[i] = table == null || table.isEmpty();
        }
        Boolean[] integral = new Boolean[columns.size()];
        return row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                Object raw = rs.getObject(i + 1);
                if (computed[i] && raw != null) {
                    if (integral[i] == null) {
                        integral[i] = raw instanceof Integer || raw instanceof Long;
                    } else if (integral[i] && (raw instanceof Double || raw instanceof Float)) {
                        raw = (long) ((Number) raw).doubleValue();
                    }
                }
                values[i] = convert(raw, columns.get(i));
            }
            return values;
        };
    }

    @Override
    public void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof BigDecimal d) {
            statement.setString(index, d.toPlainString());
        } else if (value instanceof BigInteger b) {
            statement.setLong(index, b.longValue());
        } else if (value instanceof Boolean b) {
            statement.setInt(index, b ? 1 : 0);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof Instant instant) {
            statement.setString(index, Timestamps.isoOffset(instant));
        } else if (value instanceof SqlValue.Timestamp timestamp) {
            statement.setString(index, Timestamps.isoOffset(timestamp.value()));
        } else if (!JdbcDialect.bindAsText(statement, index, value)) {
            statement.setObject(index, value);
        }
    }

    /** JavaScript numbers are doubles, so Prisma's SQLite driver binds them as REAL. */
    @Override
    public void bindRaw(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float) {
            statement.setDouble(index, ((Number) value).doubleValue());
        } else {
            bind(connection, statement, index, value);
        }
    }

    @Override
    public Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        return convert(rs.getObject(index), type);
    }

    private static Object convert(Object raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        return switch (type.kind()) {
            case DECIMAL -> raw instanceof Double d ? new BigDecimal(Double.toString(d)) : Values.decimal(raw);
            case JSON -> JsonValues.parse(raw.toString());
            default -> Values.convert(raw, type.kind());
        };
    }

    /**
     * Raw results: a table column is typed by its declared type; an expression by its value (integers
     * as BigInt, as Prisma's SQLite driver reads them).
     */
    @Override
    public Object readRaw(ResultSet rs, int index, ResultSetMetaData metaData) throws SQLException {
        Object raw = rs.getObject(index);
        if (raw == null) {
            return null;
        }
        String table = metaData.getTableName(index);
        if (table == null || table.isEmpty()) {
            if (raw instanceof Integer || raw instanceof Long) {
                return ((Number) raw).longValue();
            }
            return raw;
        }
        String declared = metaData.getColumnTypeName(index).toUpperCase(Locale.ROOT);
        ColumnType.Kind kind;
        if (declared.contains("BIGINT")) {
            kind = ColumnType.Kind.BIGINT;
        } else if (declared.contains("INT")) {
            kind = ColumnType.Kind.INT;
        } else if (declared.contains("BOOL")) {
            kind = ColumnType.Kind.BOOLEAN;
        } else if (declared.contains("DATE") || declared.contains("TIME")) {
            kind = ColumnType.Kind.DATETIME;
        } else if (declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB")) {
            kind = ColumnType.Kind.FLOAT;
        } else if (declared.contains("DECIMAL") || declared.contains("NUMERIC")) {
            kind = ColumnType.Kind.DECIMAL;
        } else if (declared.contains("JSON")) {
            kind = ColumnType.Kind.JSON;
        } else if (declared.contains("BLOB")) {
            kind = ColumnType.Kind.BYTES;
        } else {
            return raw instanceof Integer || raw instanceof Long ? ((Number) raw).longValue() : raw;
        }
        return read(rs, index, ColumnType.of(kind));
    }

    @Override
    public DriverError translate(SQLException exception) {
        if (!(exception instanceof SQLiteException sqlite)) {
            return null;
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        String message = originalMessage(sqlite.getMessage());
        String name = code.name();
        switch (name) {
            case "SQLITE_BUSY":
                return DriverError.of(name, message, "SocketTimeout");
            case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY": {
                List<String> qualified = constraintColumns(message);
                return DriverError.of(name, message, "UniqueConstraintViolation",
                        "constraint", Map.of("fields", unqualified(qualified)),
                        "table", qualified.isEmpty() ? null : tableOf(qualified.get(0)));
            }
            case "SQLITE_CONSTRAINT_NOTNULL":
                return DriverError.of(name, message, "NullConstraintViolation",
                        "constraint", Map.of("fields", unqualified(constraintColumns(message))));
            case "SQLITE_CONSTRAINT_FOREIGNKEY", "SQLITE_CONSTRAINT_TRIGGER":
                return DriverError.of(name, message, "ForeignKeyConstraintViolation", "constraint",
                        Map.of("foreignKey", Map.of()));
            default:
                break;
        }
        if (message.startsWith("no such table")) {
            return DriverError.of(name, message, "TableDoesNotExist", "table", after(message, ": "));
        }
        if (message.startsWith("no such column")) {
            return DriverError.of(name, message, "ColumnNotFound", "column", after(message, ": "));
        }
        if (message.contains("has no column named ")) {
            return DriverError.of(name, message, "ColumnNotFound", "column", after(message, "has no column named "));
        }
        Map<String, Object> cause = new LinkedHashMap<>();
        cause.put("originalCode", name);
        cause.put("originalMessage", message);
        cause.put("kind", "sqlite");
        cause.put("extendedCode", code.code);
        cause.put("message", message);
        return new DriverError(cause);
    }

    /** sqlite-jdbc writes {@code [CODE] description (original message)}; the original is what SQLite said. */
    static String originalMessage(String message) {
        if (message == null) {
            return "";
        }
        int bracket = message.indexOf("] ");
        int open = message.indexOf(" (", bracket < 0 ? 0 : bracket);
        if (message.startsWith("[") && open >= 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return message;
    }

    private static List<String> constraintColumns(String message) {
        String columns = after(message, "constraint failed: ");
        if (columns == null) {
            return List.of();
        }
        return List.of(columns.split(", "));
    }

    private static List<String> unqualified(List<String> qualified) {
        List<String> fields = new ArrayList<>();
        for (String column : qualified) {
            fields.add(column.substring(column.lastIndexOf('.') + 1));
        }
        return fields;
    }

    private static String tableOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? null : qualified.substring(0, dot);
    }

    private static String after(String message, String marker) {
        int at = message.indexOf(marker);
        return at < 0 ? null : message.substring(at + marker.length());
    }
}
