package io.prisma4j.client.internal;

import io.prisma4j.client.IsolationLevel;
import io.prisma4j.client.LogLevel;
import io.prisma4j.client.PrismaException;
import io.prisma4j.client.TransactionOptions;
import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.client.jdbc.DatabaseException;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.client.jdbc.JdbcDialect;
import io.prisma4j.client.jdbc.mysql.MysqlJdbc;
import io.prisma4j.client.jdbc.postgres.PostgresJdbc;
import io.prisma4j.client.jdbc.sqlite.SqliteJdbc;
import io.prisma4j.query.PreparedQuery;
import io.prisma4j.query.QueryEngine;
import io.prisma4j.query.QueryRequestException;
import io.prisma4j.query.QueryUnknownRequestException;
import io.prisma4j.query.document.ValidationException;
import io.prisma4j.query.plan.ArgShape;
import io.prisma4j.query.plan.PlanCache;
import io.prisma4j.query.sql.SqlExecutor;
import io.prisma4j.query.sql.SqlFlavour;
import io.prisma4j.query.sql.SqlPort;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.DataModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every client view shares: the query engine and SQL executor for the schema, the database's JDBC
 * dialect, the connection pool, log events and the transaction timer. Runs model operations and raw
 * statements on a {@link Session}, turning every failure into a Prisma error.
 */
public final class ClientRuntime implements AutoCloseable {
    private final DataModel dataModel;
    private final QueryEngine queryEngine;
    private final SqlExecutor executor;
    /** Plans of the reads this client has run, so a repeated read skips validation and SQL building. */
    private final PlanCache plans;
    /** The executor for the server's own flavour, known from the first connection (see {@link #executor(Session)}). */
    private volatile SqlExecutor serverExecutor;
    private final JdbcDialect dialect;
    private final io.prisma4j.query.tree.Operation.LoadStrategy defaultStrategy;
    private final ConnectionPool pool;
    private final Events events;
    private final ScheduledExecutorService scheduler;

    public ClientRuntime(DataModel dataModel, ConnectionUrl url, Set<LogLevel> logged,
                         io.prisma4j.query.tree.Operation.LoadStrategy defaultStrategy) {
        this.dataModel = dataModel;
        this.queryEngine = new QueryEngine(dataModel);
        this.defaultStrategy = defaultStrategy;
        this.executor = new SqlExecutor(dataModel, SqlExecutor.flavourFor(dataModel.provider()), defaultStrategy);
        this.plans = new PlanCache(queryEngine);
        this.dialect = dialectFor(dataModel.provider(), url);
        this.events = new Events(logged);
        this.pool = new ConnectionPool(url, dialect, limit -> events.message(LogLevel.INFO,
                "Starting a " + dataModel.provider().prismaName() + " pool with " + limit + " connections."));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "prisma4j-transaction-timeouts");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static JdbcDialect dialectFor(Provider provider, ConnectionUrl url) {
        JdbcDialect dialect = switch (provider) {
            case POSTGRESQL, COCKROACHDB -> new PostgresJdbc();
            case MYSQL -> new MysqlJdbc();
            case SQLITE -> new SqliteJdbc();
            default -> throw new IllegalArgumentException("prisma4j's client runs on PostgreSQL, MySQL/MariaDB and SQLite; "
                    + "the schema's provider is " + provider.prismaName());
        };
        boolean matches = switch (provider) {
            case POSTGRESQL, COCKROACHDB -> url.isPostgres();
            case MYSQL -> url.isMysql();
            case SQLITE -> url.isSqlite();
            default -> false;
        };
        if (!matches) {
            throw new IllegalArgumentException("The datasource URL " + url.redacted() + " does not fit the schema's provider \""
                    + provider.prismaName() + "\". Use a URL starting with " + switch (provider) {
                case MYSQL -> "mysql://";
                case SQLITE -> "file:";
                default -> "postgresql://";
            });
        }
        return dialect;
    }

    public DataModel dataModel() {
        return dataModel;
    }

    public QueryEngine queryEngine() {
        return queryEngine;
    }

    public SqlExecutor executor() {
        SqlExecutor known = serverExecutor;
        return known != null ? known : executor;
    }

    /**
     * The executor for the server the session is connected to: the first call asks the dialect, which may
     * find a server that does more than the provider promises (MariaDB's RETURNING on a mysql provider).
     */
    SqlExecutor executor(Session session) {
        SqlExecutor known = serverExecutor;
        if (known != null) {
            return known;
        }
        SqlFlavour flavour = executor.flavour();
        try {
            flavour = dialect.serverFlavour(flavour, session::connection);
        } catch (SQLException e) {
            // The server could not say: the provider's flavour works everywhere.
        }
        known = flavour == executor.flavour() ? executor : new SqlExecutor(dataModel, flavour, defaultStrategy);
        serverExecutor = known;
        return known;
    }

    public PlanCache plans() {
        return plans;
    }

    public JdbcDialect dialect() {
        return dialect;
    }

    public ConnectionPool pool() {
        return pool;
    }

    public Events events() {
        return events;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    // ---- model operations ----

    /** Validates and runs a model action on a session; every failure becomes a Prisma error. */
    public Object runModel(Session session, String model, String action, Map<String, ?> args) {
        try {
            return prepareAndRun(session, model, action, args);
        } catch (PrismaException e) {
            // Prisma logs every failed request at the error level (prisma:error).
            events.message(LogLevel.ERROR, e.getMessage());
            throw e;
        }
    }

    private Object prepareAndRun(Session session, String model, String action, Map<String, ?> args) {
        ArgShape shape = plans.shape(model, action, args, session.inTransaction());
        if (shape != null && plans.planned(shape)) {
            try {
                return plans.run(shape, new JdbcPort(session));
            } catch (QueryRequestException e) {
                throw Errors.known(e, Errors.clientMethod(queryEngine.model(model).name(), action));
            } catch (DatabaseException e) {
                String modelName = queryEngine.model(model).name();
                throw Errors.database(e, Errors.clientMethod(modelName, action), modelName);
            }
        }
        PreparedQuery query = shape == null ? null : plans.prepared(shape);
        try {
            query = query != null ? query : queryEngine.prepare(model, action, args);
        } catch (ValidationException e) {
            throw Errors.validation(e, Errors.clientMethod(model, action), "count".equals(action) ? countArgs(args) : args);
        } catch (QueryUnknownRequestException e) {
            throw Errors.unknown(e, Errors.clientMethod(model, action));
        } catch (QueryRequestException e) {
            throw Errors.known(e, Errors.clientMethod(model, action));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw Errors.unknown(e.getMessage(), Errors.clientMethod(model, action), e);
        }
        // The method's name in messages is built only when something fails (it is on every call's path).
        try {
            SqlExecutor sessionExecutor = executor(session);
            SqlPort port = new JdbcPort(session);
            SqlPort used = shape == null ? port : plans.port(shape, port);
            Object result = sessionExecutor.execute(query.operation(), used);
            if (shape != null) {
                plans.learn(model, action, args, shape, query, used, sessionExecutor);
            }
            return query.unpack(result);
        } catch (QueryRequestException e) {
            throw Errors.known(e, Errors.clientMethod(query.model().name(), action));
        } catch (DatabaseException e) {
            throw Errors.database(e, Errors.clientMethod(query.model().name(), action), query.model().name());
        } catch (UnsupportedOperationException e) {
            throw Errors.unknown(e.getMessage(), Errors.clientMethod(query.model().name(), action), e);
        }
    }

    /** count's arguments as Prisma Client shows them in errors: the count it asks for first, as a select. */
    private static Map<String, Object> countArgs(Map<String, ?> args) {
        Map<String, Object> shown = new LinkedHashMap<>();
        Object select = args == null ? null : args.get("select");
        shown.put("select", Map.of("_count", Map.of("select", select instanceof Map<?, ?> ? select : Map.of("_all", true))));
        if (args != null) {
            args.forEach((key, value) -> {
                if (!key.equals("select")) {
                    shown.put(key, value);
                }
            });
        }
        return shown;
    }

    // ---- raw SQL ----

    public List<Map<String, Object>> queryRaw(Session session, String rawSql, List<Object> rawParameters, String action) {
        String method = Errors.clientMethod(null, action);
        JdbcDialect.RawStatement prepared = rawStatement(rawSql, rawParameters, method);
        String sql = prepared.sql();
        List<Object> parameters = prepared.parameters();
        Connection connection = session.connection();
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            session.beforeStatement(statement);
            try {
                bindRaw(connection, statement, parameters);
                List<Map<String, Object>> rows = new ArrayList<>();
                if (!statement.execute()) {
                    return rows;
                }
                try (ResultSet rs = statement.getResultSet()) {
                    ResultSetMetaData metaData = rs.getMetaData();
                    int columns = metaData.getColumnCount();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= columns; i++) {
                            row.put(metaData.getColumnLabel(i), dialect.readRaw(rs, i, metaData));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } finally {
                session.afterStatement();
            }
        } catch (SQLException e) {
            throw rawFailure(session, e, method);
        } catch (QueryRequestException e) {
            throw Errors.known(e, method);
        } finally {
            events.query(sql, parameters, System.nanoTime() - start);
        }
    }

    public int executeRaw(Session session, String rawSql, List<Object> rawParameters, String action) {
        String method = Errors.clientMethod(null, action);
        JdbcDialect.RawStatement prepared = rawStatement(rawSql, rawParameters, method);
        String sql = prepared.sql();
        List<Object> parameters = prepared.parameters();
        Connection connection = session.connection();
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            session.beforeStatement(statement);
            try {
                bindRaw(connection, statement, parameters);
                long changesBefore = dialect.staleUpdateCounts() ? totalChanges(connection) : -1;
                if (statement.execute()) {
                    long rows = 0;
                    try (ResultSet rs = statement.getResultSet()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    return (int) dialect.rowsOfSelect(rows);
                }
                if (changesBefore >= 0 && totalChanges(connection) == changesBefore) {
                    return 0;
                }
                return Math.max(0, statement.getUpdateCount());
            } finally {
                session.afterStatement();
            }
        } catch (SQLException e) {
            throw rawFailure(session, e, method);
        } catch (QueryRequestException e) {
            throw Errors.known(e, method);
        } finally {
            events.query(sql, parameters, System.nanoTime() - start);
        }
    }

    private static long totalChanges(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private JdbcDialect.RawStatement rawStatement(String sql, List<Object> parameters, String method) {
        try {
            return dialect.rawStatement(sql, parameters);
        } catch (IllegalArgumentException e) {
            throw Errors.known("P2010", "Raw query failed. " + e.getMessage(), Map.of(), method, e);
        }
    }

    private void bindRaw(Connection connection, PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            dialect.bindRaw(connection, statement, i + 1, RawValues.toBindable(parameters.get(i)));
        }
    }

    private PrismaException rawFailure(Session session, SQLException e, String method) {
        if (session instanceof TransactionSession transaction && transaction.expired()) {
            return Errors.known(transaction.expiredError("query"), method);
        }
        DriverError error = requestError(e);
        if (error != null && "ConnectionClosed".equals(error.kind())) {
            // A broken connection is no fault of the query: P1017, as for model operations.
            return Errors.database(new DatabaseException(error, e), method, null);
        }
        if (error != null) {
            return Errors.raw(new DatabaseException(error, e), method);
        }
        return connectionFailure(e);
    }

    // ---- transactions ----

    /**
     * Starts an interactive transaction: validates the isolation level (P2023), waits at most maxWait for
     * a connection (P2028), begins it and arms its timeout.
     */
    public TransactionSession startTransaction(TransactionOptions options, String modelName) {
        String isolation = isolationSql(options.isolationLevel(), modelName);
        long maxWait = options.maxWait() == null ? TransactionOptions.DEFAULT_MAX_WAIT.toMillis() : options.maxWait().toMillis();
        long timeout = options.timeout() == null ? TransactionOptions.DEFAULT_TIMEOUT.toMillis() : options.timeout().toMillis();
        Connection connection;
        try {
            connection = pool.acquire(maxWait);
        } catch (PrismaException e) {
            if ("P2024".equals(e.code())) {
                throw Errors.known("P2028", "Transaction API error: Unable to start a transaction in the given time.",
                        Map.of(), null, e);
            }
            throw e;
        }
        try {
            // PostgreSQL takes the level as the transaction's first statement (outside a transaction it is
            // ignored with a warning); MySQL and MariaDB take it for the next transaction, before it begins.
            boolean levelInside = dialect.provider() == Provider.POSTGRESQL;
            if (levelInside) {
                connection.setAutoCommit(false);
            }
            if (isolation != null) {
                try (var statement = connection.createStatement()) {
                    statement.execute(isolationStatement(isolation));
                }
            }
            if (!levelInside) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Evicted by the pool.
            }
            throw connectionFailure(e);
        }
        TransactionSession session = new TransactionSession(this, connection, timeout);
        session.startTimer();
        return session;
    }

    /**
     * The SQL name of an isolation level, after Prisma's checks: an unknown name is P2023 "Invalid
     * isolation level", one the database lacks (SQLite has only Serializable) P2023 "Conversion error".
     */
    public String isolationSql(String prismaName, String modelName) {
        if (prismaName == null) {
            return null;
        }
        IsolationLevel level = IsolationLevel.fromName(prismaName).orElse(null);
        if (level == null) {
            Map<String, Object> meta = new LinkedHashMap<>();
            if (modelName != null) {
                meta.put("modelName", modelName);
            }
            meta.put("providedIsolationLevel", prismaName);
            throw Errors.known("P2023", "Inconsistent column data: Conversion failed: Invalid isolation level `"
                    + prismaName + "`", meta, null, null);
        }
        if (!dialect.supportsIsolationLevel(level.sqlName())) {
            Map<String, Object> meta = new LinkedHashMap<>();
            if (modelName != null) {
                meta.put("modelName", modelName);
            }
            DriverError error = DriverError.of(null, null, "InvalidIsolationLevel", "level", level.sqlName());
            meta.put("driverAdapterError", error.toMeta());
            throw Errors.known("P2023", UserFacingErrors.message(error), meta, null, null);
        }
        return level.sqlName();
    }

    private String isolationStatement(String sqlName) {
        if (dialect.provider() == Provider.SQLITE) {
            return "PRAGMA read_uncommitted = 0";
        }
        return "SET TRANSACTION ISOLATION LEVEL " + sqlName;
    }

    /**
     * A database error on a connection already taken from the pool. The drivers report a broken connection
     * with the same SQL states as an unreachable server; once connected, that is a connection the server
     * closed (P1017), not a server that cannot be reached (P1001).
     */
    public DriverError requestError(SQLException e) {
        DriverError error = dialect.translate(e);
        if (error != null && "DatabaseNotReachable".equals(error.kind())) {
            return DriverError.of(null, e.getMessage(), "ConnectionClosed");
        }
        return error;
    }

    /** A failed commit: a write conflict is P2034 (retry), anything else is reported as it is. */
    RuntimeException translateCommitFailure(SQLException e) {
        DriverError error = requestError(e);
        if (error != null) {
            return Errors.database(new DatabaseException(error, e), null, null);
        }
        return connectionFailure(e);
    }

    /** A JDBC failure that is not a database error: the connection broke. */
    public PrismaException connectionFailure(SQLException e) {
        DriverError error = requestError(e);
        if (error != null) {
            return Errors.database(new DatabaseException(error, e), null, null);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("driverAdapterError", DriverError.of(null, e.getMessage(), "ConnectionClosed").toMeta());
        return Errors.known("P1017", "Server has closed the connection. (" + e.getMessage() + ")", meta, null, e);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        pool.close();
    }
}
