package io.prisma4j.client.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import io.prisma4j.client.PrismaClientInitializationException;
import io.prisma4j.client.PrismaException;
import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.client.jdbc.JdbcDialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection pool (HikariCP), sized and timed from Prisma's URL parameters: {@code connection_limit}
 * (default: cores * 2 + 1, SQLite 1), {@code pool_timeout} seconds (default 10; 0 waits forever),
 * {@code connect_timeout}, {@code socket_timeout}. Failing to get a connection is P2024 with the pool's
 * state; failing to reach the database is P1001, P1000 or P1003.
 *
 * <p>As in Prisma, nothing connects before the first request (or {@code $connect}). The pool starts then
 * with one connection attempt, so a database that cannot be reached fails that request at once (after
 * {@code connect_timeout} at most) instead of after {@code pool_timeout}; the next request tries again.
 */
public final class ConnectionPool implements AutoCloseable {
    private final HikariConfig config;
    private volatile HikariDataSource dataSource;
    private boolean closed;
    private final ConnectionUrl url;
    private final JdbcDialect dialect;
    private final int limit;
    private final int timeoutSeconds;

    public ConnectionPool(ConnectionUrl url, JdbcDialect dialect) {
        this.url = url;
        this.dialect = dialect;
        this.limit = url.intParam("connection_limit", dialect.defaultPoolSize());
        this.timeoutSeconds = url.intParam("pool_timeout", 10);
        if (limit < 1) {
            throw new IllegalArgumentException("connection_limit must be at least 1, got " + limit);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("prisma4j");
        config.setJdbcUrl(dialect.jdbcUrl(url));
        config.setDataSourceProperties(dialect.properties(url));
        config.setMaximumPoolSize(limit);
        config.setMinimumIdle(Math.min(limit, 1));
        config.setConnectionTimeout(timeoutSeconds == 0 ? 0 : Math.max(250, timeoutSeconds * 1000L));
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(true);
        if (url.isPostgres()) {
            config.setConnectionInitSql("SET TIME ZONE 'UTC'");
        }
        if (url.isSqlite()) {
            config.setMinimumIdle(0);
        }
        this.config = config;
    }

    /** The running pool, started on first use. */
    private HikariDataSource started() {
        HikariDataSource running = dataSource;
        if (running != null) {
            return running;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The client is closed");
            }
            if (dataSource == null) {
                try {
                    dataSource = new HikariDataSource(config);
                } catch (PoolInitializationException e) {
                    throw startFailure(e);
                }
            }
            return dataSource;
        }
    }

    public int limit() {
        return limit;
    }

    /** The pool timeout in milliseconds (0: wait forever). */
    public long timeoutMillis() {
        return timeoutSeconds * 1000L;
    }

    /** Takes a connection, waiting at most {@code timeoutMillis} (0: forever). */
    public Connection acquire(long timeoutMillis) {
        HikariPool pool = (HikariPool) started().getHikariPoolMXBean();
        try {
            return pool.getConnection(timeoutMillis <= 0 ? Long.MAX_VALUE / 2 : timeoutMillis);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Whether the database can be reached now (a connection is taken and given back). */
    public void check() {
        try (Connection connection = acquire(Math.max(timeoutMillis(), 5000))) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PrismaException startFailure(PoolInitializationException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SQLException sql) {
            DriverError error = dialect.translate(sql);
            PrismaException initialization = error == null ? null : initializationError(error, sql);
            if (initialization != null) {
                return initialization;
            }
        }
        return new PrismaClientInitializationException(null, "Could not connect to the database at `" + address()
                + "`: " + cause.getMessage() + "\n\nCheck the datasource URL and that the database server accepts connections.", cause);
    }

    private String address() {
        return url.host() + (url.port() != null ? ":" + url.port() : "");
    }

    private PrismaException failure(SQLException e) {
        SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
        DriverError error = cause == null ? dialect.translate(e) : dialect.translate(cause);
        if (error == null && cause == null && !(e instanceof java.sql.SQLTransientConnectionException)) {
            error = dialect.translate(e);
        }
        if (error != null) {
            PrismaException initialization = initializationError(error, cause != null ? cause : e);
            if (initialization != null) {
                return initialization;
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("connection_limit", limit);
        meta.put("timeout", timeoutSeconds);
        HikariPoolMXBean bean = dataSource == null ? null : dataSource.getHikariPoolMXBean();
        String state = "";
        if (bean != null) {
            meta.put("total", bean.getTotalConnections());
            meta.put("active", bean.getActiveConnections());
            meta.put("idle", bean.getIdleConnections());
            meta.put("waiting", bean.getThreadsAwaitingConnection());
            state = " Pool state: (total=" + bean.getTotalConnections() + ", active=" + bean.getActiveConnections()
                    + ", idle=" + bean.getIdleConnections() + ", waiting=" + bean.getThreadsAwaitingConnection() + ").";
        }
        String message = "Timed out fetching a new connection from the connection pool. More info: "
                + "http://pris.ly/d/connection-pool (Current connection pool timeout: " + timeoutSeconds
                + ", connection limit: " + limit + ")." + state
                + " Raise connection_limit or pool_timeout in the datasource URL, or hold connections for less time.";
        return Errors.known("P2024", message, meta, null, e);
    }

    private PrismaException initializationError(DriverError error, SQLException cause) {
        String address = address();
        return switch (error.kind()) {
            case "DatabaseNotReachable" -> new PrismaClientInitializationException("P1001",
                    "Can't reach database server at `" + address + "`\n\nPlease make sure your database server is running at `"
                            + address + "`.", cause);
            case "AuthenticationFailed" -> new PrismaClientInitializationException("P1000",
                    "Authentication failed against database server at `" + url.host() + "`, the provided database "
                            + "credentials for `" + url.user() + "` are not valid.\n\nPlease make sure to provide valid "
                            + "database credentials for the database server at `" + url.host() + "`.", cause);
            case "DatabaseDoesNotExist" -> new PrismaClientInitializationException("P1003",
                    "Database `" + url.database() + "` does not exist on the database server at `" + address + "`.", cause);
            case "DatabaseAccessDenied" -> new PrismaClientInitializationException("P1010",
                    "User `" + url.user() + "` was denied access on the database `" + url.database() + "`", cause);
            default -> null;
        };
    }

    /** The pool's state for messages: total, active, idle, waiting. */
    public String state() {
        HikariPoolMXBean bean = dataSource == null ? null : dataSource.getHikariPoolMXBean();
        return bean == null ? "(not started)" : "(total=" + bean.getTotalConnections() + ", active="
                + bean.getActiveConnections() + ", idle=" + bean.getIdleConnections() + ", waiting="
                + bean.getThreadsAwaitingConnection() + ")";
    }

    /** Active (borrowed) connections, for leak checks. */
    public int activeConnections() {
        HikariPoolMXBean bean = dataSource == null ? null : dataSource.getHikariPoolMXBean();
        return bean == null ? 0 : bean.getActiveConnections();
    }

    /** Closes idle connections and retires busy ones when they come back. */
    public void softEvict() {
        HikariPoolMXBean bean = dataSource == null ? null : dataSource.getHikariPoolMXBean();
        if (bean != null) {
            bean.softEvictConnections();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
