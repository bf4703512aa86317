package io.prisma4j.client.jdbc.mysql;

import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.client.jdbc.JdbcDialect;
import io.prisma4j.client.jdbc.Timestamps;
import io.prisma4j.client.jdbc.Values;
import io.prisma4j.query.document.JsonValues;
import io.prisma4j.query.sql.ColumnType;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.query.sql.mysql.MysqlFlavour;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.sql.SqlValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** MySQL and MariaDB over the MariaDB connector. */
public final class MysqlJdbc implements JdbcDialect {

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public String jdbcUrl(ConnectionUrl url) {
        StringBuilder jdbc = new StringBuilder("jdbc:mariadb://").append(url.host() == null ? "localhost" : url.host());
        if (url.port() != null) {
            jdbc.append(':').append(url.port());
        }
        jdbc.append('/');
        if (url.database() != null) {
            jdbc.append(url.database());
        }
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
        properties.setProperty("connectTimeout", Integer.toString(url.intParam("connect_timeout", 5) * 1000));
        int socketTimeout = url.intParam("socket_timeout", 0);
        if (socketTimeout > 0) {
            properties.setProperty("socketTimeout", Integer.toString(socketTimeout * 1000));
        }
        String sslaccept = url.param("sslaccept");
        if ("accept_invalid_certs".equals(sslaccept)) {
            properties.setProperty("sslMode", "trust");
        } else if ("strict".equals(sslaccept)) {
            properties.setProperty("sslMode", "verify-full");
        }
        if (url.param("sslcert") != null) {
            properties.setProperty("serverSslCert", url.param("sslcert"));
        }
        // Relations read with the join strategy are aggregated with GROUP_CONCAT, which cuts its result at
        // group_concat_max_len (1 MB on MariaDB, 1 KB on MySQL); set with the connection, no extra round trip.
        properties.setProperty("sessionVariables", "group_concat_max_len=4294967295");
        return properties;
    }

    /** MariaDB 10.5 added {@code INSERT ... RETURNING} (mariadb.com/kb/en/insertreturning); MySQL has none. */
    @Override
    public SqlFlavour serverFlavour(SqlFlavour configured, java.util.function.Supplier<Connection> connection)
            throws SQLException {
        // The connector answers from the server's handshake, without a round trip.
        DatabaseMetaData server = connection.get().getMetaData();
        boolean mariaDb = server.getDatabaseProductVersion().contains("MariaDB");
        int major = server.getDatabaseMajorVersion();
        return mariaDb && (major > 10 || major == 10 && server.getDatabaseMinorVersion() >= 5)
                ? MysqlFlavour.mariaDb() : configured;
    }

    /**
     * {@code START TRANSACTION}: the connector sends {@code setAutoCommit(false)} and {@code (true)} as
     * statements of their own, two round trips where this takes none more than the transaction's end.
     * {@code Connection.commit()} and {@code rollback()} follow the server's in-transaction flag.
     */
    @Override
    public void begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("START TRANSACTION");
        }
    }

    @Override
    public void endTransaction(Connection connection) {
        // Auto-commit was never turned off.
    }

    @Override
    public void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof BigDecimal d) {
            statement.setBigDecimal(index, d);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof Instant instant) {
            statement.setString(index, Timestamps.sqlMillis(instant));
        } else if (value instanceof SqlValue.Timestamp timestamp) {
            statement.setString(index, Timestamps.sqlMillis(timestamp.value()));
        } else if (!JdbcDialect.bindAsText(statement, index, value)) {
            statement.setObject(index, value);
        }
    }

    @Override
    public void bindRaw(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setString(index, Timestamps.sqlCompact(instant));
        } else if (value instanceof Integer i) {
            statement.setLong(index, i);
        } else {
            bind(connection, statement, index, value);
        }
    }

    @Override
    public Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        return switch (type.kind()) {
            case INT, COUNT -> Values.readNullable(rs, index, (int) rs.getLong(index));
            case BIGINT -> Values.readNullable(rs, index, rs.getLong(index));
            case FLOAT -> Values.readNullable(rs, index, rs.getDouble(index));
            case DECIMAL -> rs.getBigDecimal(index);
            case BOOLEAN -> Values.readNullable(rs, index, rs.getBoolean(index));
            case STRING, ENUM, JSON_TEXT -> rs.getString(index);
            case DATETIME -> {
                LocalDateTime local = rs.getObject(index, LocalDateTime.class);
                yield local == null ? null : Timestamps.fromLocal(local);
            }
            case JSON -> {
                String text = rs.getString(index);
                yield text == null ? null : JsonValues.parse(text);
            }
            case BYTES, RECORDS -> rs.getBytes(index);
        };
    }

    @Override
    public Object readRaw(ResultSet rs, int index, ResultSetMetaData metaData) throws SQLException {
        String typeName = metaData.getColumnTypeName(index).toUpperCase(java.util.Locale.ROOT);
        int type = metaData.getColumnType(index);
        if (typeName.equals("JSON")) {
            return read(rs, index, ColumnType.of(ColumnType.Kind.JSON));
        }
        return switch (type) {
            case Types.BIGINT -> read(rs, index, ColumnType.of(ColumnType.Kind.BIGINT));
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> read(rs, index, ColumnType.of(ColumnType.Kind.INT));
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(index);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> read(rs, index, ColumnType.of(ColumnType.Kind.FLOAT));
            case Types.BIT, Types.BOOLEAN -> read(rs, index, ColumnType.of(ColumnType.Kind.BOOLEAN));
            case Types.TIMESTAMP, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Object value = rs.getObject(index);
                yield value == null ? null : Values.instant(value);
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(index);
            case Types.NULL -> null;
            default -> rs.getString(index);
        };
    }

    @Override
    public DriverError translate(SQLException exception) {
        int errno = exception.getErrorCode();
        String state = exception.getSQLState();
        if (errno <= 0) {
            // No server error number: the driver's own failure (-1 for a broken socket).
            if (state != null && state.startsWith("08")) {
                return DriverError.of(null, null, "DatabaseNotReachable");
            }
            return null;
        }
        String message = stripConnection(exception.getMessage());
        String code = Integer.toString(errno);
        String[] words = message.split(" ");
        return switch (errno) {
            case 1062 -> DriverError.of(code, message, "UniqueConstraintViolation",
                    "constraint", Map.of("index", lastQuoted(message)), "table", null);
            case 1451, 1452 -> DriverError.of(code, message, "ForeignKeyConstraintViolation",
                    "constraint", words.length > 17 ? Map.of("fields", List.of(backticked(words[17]))) : null);
            case 1263 -> DriverError.of(code, message, "NullConstraintViolation",
                    "constraint", Map.of("index", lastQuoted(message)));
            case 1364, 1048 -> DriverError.of(code, message, "NullConstraintViolation",
                    "constraint", Map.of("fields", List.of(singleQuoted(words.length > 1 ? words[1] : ""))));
            case 1264 -> DriverError.of(code, message, "ValueOutOfRange", "cause", message);
            case 1049 -> DriverError.of(code, message, "DatabaseDoesNotExist", "db", lastQuoted(message));
            case 1007 -> DriverError.of(code, message, "DatabaseAlreadyExists", "db",
                    singleQuoted(words.length > 3 ? words[3] : ""));
            case 1044 -> DriverError.of(code, message, "DatabaseAccessDenied", "db", lastQuoted(message));
            case 1045 -> DriverError.of(code, message, "AuthenticationFailed", "user",
                    words.length > 4 ? singleQuoted(words[4].split("@")[0]) : null);
            case 1146 -> {
                String table = singleQuoted(words.length > 1 ? words[1] : "");
                yield DriverError.of(code, message, "TableDoesNotExist", "table",
                        table == null ? null : table.substring(table.lastIndexOf('.') + 1));
            }
            case 1054 -> DriverError.of(code, message, "ColumnNotFound", "column",
                    singleQuoted(words.length > 2 ? words[2] : ""));
            case 1406 -> {
                List<String> parts = Arrays.stream(words).flatMap(w -> Arrays.stream(w.split("'", -1))).toList();
                yield DriverError.of(code, message, "LengthMismatch", "column", parts.size() > 6 ? parts.get(6) : null);
            }
            case 1191 -> DriverError.of(code, message, "MissingFullTextSearchIndex");
            case 1213 -> DriverError.of(code, message, "TransactionWriteConflict");
            case 1053, 1927, 2006, 2013 -> DriverError.of(code, message, "ConnectionClosed");
            case 1040, 1203 -> DriverError.of(code, message, "TooManyConnections", "cause", message);
            default -> {
                Map<String, Object> cause = new LinkedHashMap<>();
                cause.put("originalCode", code);
                cause.put("originalMessage", message);
                cause.put("kind", "mysql");
                cause.put("code", errno);
                cause.put("message", message);
                cause.put("state", state == null ? "N/A" : state);
                cause.put("cause", null);
                yield new DriverError(cause);
            }
        };
    }

    /** The MariaDB connector prefixes messages with {@code (conn=42) }; the server's text is what follows. */
    static String stripConnection(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceFirst("^\\(conn=\\d+\\) ", "");
    }

    private static String lastQuoted(String message) {
        String[] words = message.split(" ");
        String value = singleQuoted(words[words.length - 1]);
        return value == null ? null : value.substring(value.lastIndexOf('.') + 1);
    }

    private static String singleQuoted(String word) {
        String[] parts = word.split("'", -1);
        return parts.length > 1 ? parts[1] : null;
    }

    private static String backticked(String word) {
        String[] parts = word.split("`", -1);
        return parts.length > 1 ? parts[1] : word;
    }
}
