package io.prisma4j.client.jdbc.postgres;

import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.client.jdbc.JdbcDialect;
import io.prisma4j.client.jdbc.Timestamps;
import io.prisma4j.client.jdbc.Values;
import io.prisma4j.query.document.JsonValues;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.sql.SqlValue;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.query.sql.postgres.PostgresBinary;
import io.prisma4j.query.sql.postgres.PostgresFlavour;
import io.prisma4j.query.sql.postgres.PostgresRowsFlavour;
import org.postgresql.PGConnection;
import org.postgresql.PGResultSetMetaData;
import org.postgresql.PGStatement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.Oid;
import org.postgresql.util.PGobject;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * PostgreSQL over pgjdbc. Parameters go as untyped text, as Prisma's pg driver sends them, so the
 * server infers each one's type from where it is used and reports errors in its own words
 * ({@code value "2147483648" is out of range for type integer}); numbers, booleans, and the values whose
 * column type is known (text, timestamps, enums, decimals, json, uuids, dates, ...) go typed, the same
 * text with the type the server would infer (see {@link #bind}). Raw query parameters stay untyped.
 */
public final class PostgresJdbc implements JdbcDialect {
    /** The type ids of {@code record} and {@code record[]}. */
    private static final int RECORD = 2249;
    private static final int RECORD_ARRAY = 2287;
    private static final int BINARY_FORMAT = 1;

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public String jdbcUrl(ConnectionUrl url) {
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(url.host() == null ? "localhost" : url.host());
        if (url.port() != null) {
            jdbc.append(':').append(url.port());
        }
        jdbc.append('/').append(url.database() == null ? "postgres" : url.database());
        return jdbc.toString();
    }

    @Override
    public Properties properties(ConnectionUrl url) {
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        String schema = url.param("schema");
        if (schema != null && !schema.isBlank()) {
            properties.setProperty("currentSchema", schema);
        }
        String sslmode = url.param("sslmode");
        if (sslmode != null) {
            properties.setProperty("sslmode", sslmode);
        }
        if (url.param("sslcert") != null) {
            properties.setProperty("sslcert", url.param("sslcert"));
        }
        if (url.param("sslrootcert") != null) {
            properties.setProperty("sslrootcert", url.param("sslrootcert"));
        }
        if (url.param("application_name") != null) {
            properties.setProperty("ApplicationName", url.param("application_name"));
        }
        properties.setProperty("connectTimeout", Integer.toString(url.intParam("connect_timeout", 5)));
        int socketTimeout = url.intParam("socket_timeout", 0);
        if (socketTimeout > 0) {
            properties.setProperty("socketTimeout", Integer.toString(socketTimeout));
        }
        if ("true".equals(url.param("pgbouncer"))) {
            properties.setProperty("prepareThreshold", "0");
        }
        return properties;
    }

    /**
     * The join strategy reads its relations as binary rows ({@link PostgresRowsFlavour}) where the connection
     * may prepare statements on the server, which binary results take; else (PgBouncer) as JSON.
     */
    @Override
    public SqlFlavour serverFlavour(SqlFlavour configured, java.util.function.Supplier<Connection> connection)
            throws SQLException {
        boolean prepares = connection.get().unwrap(PGConnection.class).getPrepareThreshold() != 0;
        return configured.provider() == Provider.POSTGRESQL && configured.getClass() == PostgresFlavour.class
                && prepares ? new PostgresRowsFlavour() : configured;
    }

    /**
     * A statement reading binary rows is prepared on the server before its first execution: pgjdbc asks
     * for binary results only for a statement it has described (a negative threshold forces that), and
     * only for the types its connection lists when it first binds the statement. Rows are listed for this
     * statement alone: a raw query selecting a row reads its text, as Prisma shows it.
     */
    @Override
    public void prepareForColumns(PreparedStatement statement, List<ColumnType> columns) throws SQLException {
        if (columns.contains(ColumnType.RECORDS)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            QueryExecutor executor = statement.getConnection().unwrap(BaseConnection.class).getQueryExecutor();
            executor.addBinaryReceiveOid(RECORD);
            executor.addBinaryReceiveOid(RECORD_ARRAY);
        }
    }

    @Override
    public void releaseForColumns(PreparedStatement statement, List<ColumnType> columns) throws SQLException {
        if (columns.contains(ColumnType.RECORDS)) {
            QueryExecutor executor = statement.getConnection().unwrap(BaseConnection.class).getQueryExecutor();
            executor.removeBinaryReceiveOid(RECORD);
            executor.removeBinaryReceiveOid(RECORD_ARRAY);
        }
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
        }
    }

    @Override
    public void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof SqlValue.Array array) {
            Object[] items = array.values().stream().map(PostgresJdbc::arrayElement).toArray();
            statement.setArray(index, connection.createArrayOf(array.elementType(), items));
        } else if (value instanceof SqlValue.Text text) {
            statement.setString(index, text.value());
        } else if (value instanceof Integer number) {
            // Numbers and booleans go typed: PostgreSQL plans an untyped parameter anew on each execution
            // of a prepared statement; the rest is text of unspecified type, as Prisma's adapter sends it,
            // for the server to read as the column's type, except the values typed below.
            statement.setInt(index, number);
        } else if (value instanceof Long number && number == number.intValue()) {
            // Beyond 32 bits stays text: an integer column then reports the value, as Prisma shows it.
            statement.setLong(index, number);
        } else if (value instanceof Boolean bool) {
            statement.setBoolean(index, bool);
        } else if (value instanceof SqlValue.Timestamp timestamp) {
            // The text the untyped form sends; the server's timestamp (without zone) ignores the offset.
            statement.setObject(index, typed(timestamp.withTimeZone() ? "timestamptz" : "timestamp",
                    Timestamps.sqlMillis(timestamp.value()) + "+00"));
        } else if (value instanceof SqlValue.Enum enumValue && knownEnum(connection, enumValue)) {
            statement.setObject(index, typed(quoted(enumValue.typeName()), enumValue.value()));
        } else if (value instanceof SqlValue.Typed typed && knownType(connection, typed.typeName())) {
            // The text the untyped form sends, with the type the server would have inferred from the column.
            statement.setObject(index, typed(typed.typeName(), text(typed.value(), false)));
        } else {
            statement.setObject(index, text(value, false), Types.OTHER);
        }
    }

    /*
     * Why values whose type is known go typed: given a parameter of unspecified type, pgjdbc describes the
     * statement once it is prepared on the server, and from then on spends a round trip of its own before
     * each execution whose rows have no bounded size (QueryExecutorImpl.flushIfDeadlockRisk), which doubles
     * the time of a short write. A PGobject costs less than a LocalDateTime, for which pgjdbc builds its
     * calendar helpers anew on each statement.
     */

    private static PGobject typed(String type, String value) throws SQLException {
        PGobject object = new PGobject();
        object.setType(type);
        object.setValue(value);
        return object;
    }

    /** Whether an enum's type exists where the search path finds it (looked up once per connection). */
    private static boolean knownEnum(Connection connection, SqlValue.Enum value) throws SQLException {
        return value.typeName() != null && !value.typeName().contains("\"") && connection.unwrap(BaseConnection.class)
                .getTypeInfo().getPGType(quoted(value.typeName())) != Oid.UNSPECIFIED;
    }

    /**
     * Whether the connection knows a type by this name (looked up once per connection): {@code citext} is an
     * extension's, and without it the value goes untyped as before.
     */
    private static boolean knownType(Connection connection, String typeName) throws SQLException {
        return connection.unwrap(BaseConnection.class).getTypeInfo().getPGType(typeName) != Oid.UNSPECIFIED;
    }

    /** Quoted: pgjdbc folds an unquoted type name to lower case. */
    private static String quoted(String typeName) {
        return '"' + typeName + '"';
    }

    private static Object arrayElement(Object value) {
        if (value == null) {
            return null;
        }
        return text(value, false);
    }

    /** The text form of a value, as the server parses it. */
    private static String text(Object value, boolean raw) {
        if (value instanceof SqlValue.Json json) {
            return json.text();
        }
        if (value instanceof SqlValue.Enum enumValue) {
            return enumValue.value();
        }
        if (value instanceof SqlValue.Text text) {
            return text.value();
        }
        if (value instanceof SqlValue.Timestamp timestamp) {
            return text(timestamp.value(), raw);
        }
        if (value instanceof SqlValue.Typed typed) {
            return text(typed.value(), raw);
        }
        if (value instanceof Instant instant) {
            return raw ? Timestamps.sqlCompact(instant) : Timestamps.sqlMillis(instant) + "+00";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof java.util.Map<?, ?> || value instanceof java.util.List<?>) {
            return JsonValues.write(value);
        }
        return value.toString();
    }

    @Override
    public void bindRaw(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            statement.setObject(index, text(value, true), Types.OTHER);
        }
    }

    /**
     * {@code $n} placeholders (outside quotes and comments) become JDBC's {@code ?}, the parameters listed
     * in the order they appear (a placeholder may be used twice).
     */
    @Override
    public RawStatement rawStatement(String sql, List<Object> parameters) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> ordered = new java.util.ArrayList<>();
        char quote = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
                i++;
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
                i++;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                int number = Integer.parseInt(sql.substring(i + 1, end));
                if (number < 1 || number > parameters.size()) {
                    throw new IllegalArgumentException("The raw query uses $" + number + " but " + parameters.size()
                            + " parameter(s) were given");
                }
                ordered.add(parameters.get(number - 1));
                out.append('?');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        if (ordered.isEmpty()) {
            return new RawStatement(sql, parameters);
        }
        return new RawStatement(out.toString(), ordered);
    }

    @Override
    public long rowsOfSelect(long rowCount) {
        return rowCount;
    }

    @Override
    public Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        if (type.list()) {
            return Values.list(rs.getArray(index), type.kind());
        }
        return switch (type.kind()) {
            case INT, COUNT -> Values.readNullable(rs, index, (int) rs.getLong(index));
            case BIGINT -> Values.readNullable(rs, index, rs.getLong(index));
            // A real (float4) comes as a Float, in binary once the statement is prepared on the server.
            case FLOAT -> Values.convert(rs.getObject(index), ColumnType.Kind.FLOAT);
            case DECIMAL -> rs.getBigDecimal(index);
            case BOOLEAN -> Values.readNullable(rs, index, rs.getBoolean(index));
            case STRING, ENUM, JSON_TEXT -> rs.getString(index);
            case RECORDS -> rs.getBytes(index);
            case DATETIME -> dateTime(rs, index);
            case JSON -> {
                String text = rs.getString(index);
                yield text == null ? null : JsonValues.parse(text);
            }
            case BYTES -> rs.getBytes(index);
        };
    }

    @Override
    public RowReader rowReader(ResultSet resultSet, java.util.List<ColumnType> columns) throws SQLException {
        // The database type of each DateTime column, looked up once per result rather than once per value,
        // and whether it came in binary (a statement prepared on the server), read then without the driver's
        // calendar helpers, which it builds anew for each result.
        String[] dateTypes = new String[columns.size()];
        boolean[] binary = new boolean[columns.size()];
        boolean[] money = new boolean[columns.size()];
        ResultSetMetaData metaData = null;
        for (int i = 0; i < dateTypes.length; i++) {
            ColumnType type = columns.get(i);
            if (type == ColumnType.RECORDS) {
                metaData = metaData == null ? resultSet.getMetaData() : metaData;
                if (metaData.unwrap(PGResultSetMetaData.class).getFormat(i + 1) != BINARY_FORMAT) {
                    throw new IllegalStateException("PostgreSQL sent the rows of a joined relation as text, where the "
                            + "statement asked for them in binary");
                }
            }
            if (!type.list() && type.kind() == ColumnType.Kind.DATETIME) {
                metaData = metaData == null ? resultSet.getMetaData() : metaData;
                dateTypes[i] = metaData.getColumnTypeName(i + 1);
                binary[i] = metaData.unwrap(PGResultSetMetaData.class).getFormat(i + 1) == BINARY_FORMAT;
            }
            if (!type.list() && type.kind() == ColumnType.Kind.DECIMAL) {
                metaData = metaData == null ? resultSet.getMetaData() : metaData;
                money[i] = "money".equals(metaData.getColumnTypeName(i + 1));
            }
        }
        return row -> {
            Object[] values = new Object[dateTypes.length];
            for (int i = 0; i < values.length; i++) {
                if (money[i]) {
                    values[i] = money(resultSet.getString(i + 1));
                } else if (dateTypes[i] == null) {
                    values[i] = read(resultSet, i + 1, columns.get(i));
                } else {
                    values[i] = binary[i] ? binaryDateTime(resultSet.getBytes(i + 1), dateTypes[i])
                            : dateTime(resultSet, i + 1, dateTypes[i]);
                }
            }
            return values;
        };
    }

    /**
     * A {@code money} value as the server prints it for its {@code lc_monetary} ({@code -$1,234.56}): its
     * digits, point and sign, read as a decimal. The driver's own reading keeps the group separators.
     */
    static BigDecimal money(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder number = new StringBuilder(text.length());
        boolean negative = text.startsWith("(") || text.indexOf('-') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                number.append(c);
            }
        }
        BigDecimal value = new BigDecimal(number.toString());
        return negative ? value.negate() : value;
    }

    private static Instant binaryDateTime(byte[] value, String type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case "date" -> PostgresBinary.date(value, 0);
            case "time", "timetz" -> PostgresBinary.time(value, 0);
            default -> PostgresBinary.timestamp(value, 0);
        };
    }

    private static Instant dateTime(ResultSet rs, int index) throws SQLException {
        return dateTime(rs, index, rs.getMetaData().getColumnTypeName(index));
    }

    private static Instant dateTime(ResultSet rs, int index, String type) throws SQLException {
        Object value = switch (type) {
            case "timestamptz" -> rs.getObject(index, OffsetDateTime.class);
            case "date" -> rs.getObject(index, java.time.LocalDate.class);
            case "time" -> rs.getObject(index, java.time.LocalTime.class);
            // The driver gives a timetz only with its offset; the time is kept and the offset dropped.
            case "timetz" -> {
                java.time.OffsetTime time = rs.getObject(index, java.time.OffsetTime.class);
                yield time == null ? null : time.toLocalTime();
            }
            default -> rs.getObject(index, LocalDateTime.class);
        };
        return value == null ? null : Values.instant(value);
    }

    @Override
    public Object readRaw(ResultSet rs, int index, ResultSetMetaData metaData) throws SQLException {
        String type = metaData.getColumnTypeName(index);
        if (type.startsWith("_")) {
            java.sql.Array array = rs.getArray(index);
            return array == null ? null : Values.list(array, rawKind(type.substring(1)));
        }
        return switch (rawKind(type)) {
            case DATETIME -> dateTime(rs, index);
            default -> Values.convert(rs.getObject(index), rawKind(type));
        };
    }

    /** How Prisma's pg adapter types a column of a raw result. */
    private static ColumnType.Kind rawKind(String type) {
        return switch (type) {
            case "int2", "int4", "oid", "serial", "smallserial" -> ColumnType.Kind.INT;
            case "int8", "bigserial" -> ColumnType.Kind.BIGINT;
            case "numeric", "money" -> ColumnType.Kind.DECIMAL;
            case "float4", "float8" -> ColumnType.Kind.FLOAT;
            case "bool" -> ColumnType.Kind.BOOLEAN;
            case "timestamp", "timestamptz", "date" -> ColumnType.Kind.DATETIME;
            case "json", "jsonb" -> ColumnType.Kind.JSON;
            case "bytea" -> ColumnType.Kind.BYTES;
            default -> ColumnType.Kind.STRING;
        };
    }

    @Override
    public DriverError translate(SQLException exception) {
        if (!(exception instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            String state = exception.getSQLState();
            if (state != null && state.startsWith("08")) {
                return DriverError.of(null, null, "DatabaseNotReachable");
            }
            return null;
        }
        ServerErrorMessage error = psql.getServerErrorMessage();
        String code = error.getSQLState();
        String message = error.getMessage();
        return switch (code) {
            case "22001" -> DriverError.of(code, message, "LengthMismatch", "column", error.getColumn());
            case "22003" -> DriverError.of(code, message, "ValueOutOfRange", "cause", message);
            case "22P02" -> DriverError.of(code, message, "InvalidInputValue", "message", message);
            case "23505" -> DriverError.of(code, message, "UniqueConstraintViolation",
                    "constraint", constraint(error), "table", error.getTable());
            case "23502" -> DriverError.of(code, message, "NullConstraintViolation",
                    "constraint", error.getColumn() != null ? Map.of("fields", List.of(error.getColumn())) : null);
            case "23503" -> DriverError.of(code, message, "ForeignKeyConstraintViolation",
                    "constraint", error.getConstraint() != null ? Map.of("index", error.getConstraint())
                            : error.getColumn() != null ? Map.of("fields", List.of(error.getColumn())) : null);
            case "3D000" -> DriverError.of(code, message, "DatabaseDoesNotExist", "db", quoted(message, 1));
            case "28000" -> DriverError.of(code, message, "DatabaseAccessDenied", "db", null);
            case "28P01" -> DriverError.of(code, message, "AuthenticationFailed", "user", lastQuoted(message));
            case "40001", "40P01" -> DriverError.of(code, message, "TransactionWriteConflict");
            case "57P01", "57P02" -> DriverError.of(code, message, "ConnectionClosed");
            case "42P01" -> DriverError.of(code, message, "TableDoesNotExist", "table", quoted(message, 1));
            case "42703" -> DriverError.of(code, message, "ColumnNotFound", "column",
                    message.replaceFirst("^column (.+) does not exist$", "$1").replace("\"", ""));
            case "42P04" -> DriverError.of(code, message, "DatabaseAlreadyExists", "db", quoted(message, 1));
            case "53300" -> DriverError.of(code, message, "TooManyConnections", "cause", message);
            default -> {
                Map<String, Object> cause = new LinkedHashMap<>();
                cause.put("originalCode", code);
                cause.put("originalMessage", message);
                cause.put("kind", "postgres");
                cause.put("code", code);
                cause.put("severity", error.getSeverity());
                cause.put("message", message);
                cause.put("detail", error.getDetail());
                cause.put("column", error.getColumn());
                cause.put("hint", error.getHint());
                yield new DriverError(cause);
            }
        };
    }

    private static Object constraint(ServerErrorMessage error) {
        if (error.getConstraint() != null) {
            return Map.of("index", error.getConstraint());
        }
        String detail = error.getDetail();
        if (detail != null) {
            var matcher = java.util.regex.Pattern.compile("Key \\(([^)]+)\\)").matcher(detail);
            if (matcher.find()) {
                return Map.of("fields", List.of(matcher.group(1).split(", ")));
            }
        }
        return null;
    }

    /** The n-th space-separated word of a message, without its double quotes. */
    private static String quoted(String message, int word) {
        String[] words = message.split(" ");
        if (words.length <= word) {
            return null;
        }
        String[] parts = words[word].split("\"");
        return parts.length > 1 ? parts[1] : words[word];
    }

    private static String lastQuoted(String message) {
        String[] words = message.split(" ");
        String[] parts = words[words.length - 1].split("\"");
        return parts.length > 1 ? parts[1] : null;
    }
}
