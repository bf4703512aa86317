package io.prisma4j.client;

import io.prisma4j.client.internal.ClientRuntime;
import io.prisma4j.client.internal.Errors;
import io.prisma4j.client.internal.Session;
import io.prisma4j.client.internal.TransactionSession;
import io.prisma4j.client.jdbc.ConnectionUrl;
import io.prisma4j.query.QueryRequestException;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.SchemaValidationException;
import io.prisma4j.schema.env.Env;
import io.prisma4j.schema.model.DataModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Prisma client for a schema: the dynamic API every model call, transaction and raw query goes
 * through (the generated typed client is built on it).
 * <pre>{@code
 * try (PrismaClient prisma = PrismaClient.create(Path.of("prisma/schema.prisma"))) {
 *     List<Map<String, Object>> users = prisma.model("User").findMany(Map.of(
 *             "where", Map.of("email", Map.of("contains", "example.com")),
 *             "include", Map.of("posts", true)));
 * }
 * }</pre>
 * Results are Java values in Prisma's shapes: records as maps in selection order with Integer, Long
 * (BigInt), Double, BigDecimal, Instant, byte[], Boolean, String (also enums) and JSON values;
 * {@code {count: n}} for createMany/updateMany/deleteMany. Failures are {@link PrismaException}s with
 * Prisma's codes and messages. Thread-safe; share one client.
 */
public final class PrismaClient implements PrismaOperations, AutoCloseable {
    private final ClientRuntime runtime;
    private final List<Middleware> middleware;
    private final List<Extension> extensions;
    private final boolean owner;

    private PrismaClient(ClientRuntime runtime, List<Middleware> middleware, List<Extension> extensions, boolean owner) {
        this.runtime = runtime;
        this.middleware = middleware;
        this.extensions = List.copyOf(extensions);
        this.owner = owner;
    }

    /** A client for the schema at {@code schema}, connected to its datasource URL (env and .env read). */
    public static PrismaClient create(Path schema) {
        return builder().schema(schema).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public DataModel dataModel() {
        return runtime.dataModel();
    }

    /** The runtime this client and its extensions share (tests look at its query plans). */
    ClientRuntime runtime() {
        return runtime;
    }

    @Override
    public ModelClient model(String name) {
        return new ModelClient(this, name);
    }

    @Override
    public Object execute(String model, String action, Map<String, ?> args) {
        return CallChain.run(middleware, extensions, model, action, args, false, (m, a, finalArgs) -> {
            try (Session session = new Session(runtime)) {
                return runtime.runModel(session, m, a, finalArgs);
            }
        });
    }

    /**
     * The JSON entry point: {@code {"model": "User", "action": "findMany", "args": {...}}} in, Prisma's
     * engine response out ({@code {"data": ...}} or {@code {"errors": [...]}}). Dates, BigInts,
     * Decimals and Bytes are tagged values ({@code {"$type": "DateTime", "value": "..."}}).
     */
    public String request(String json) {
        return PrismaJson.request(this, json);
    }

    @Override
    public List<Map<String, Object>> $queryRaw(RawSql sql) {
        try (Session session = new Session(runtime)) {
            return runtime.queryRaw(session, sql.render(runtime.dialect()::placeholder), sql.values(), "$queryRaw");
        }
    }

    @Override
    public int $executeRaw(RawSql sql) {
        try (Session session = new Session(runtime)) {
            return runtime.executeRaw(session, sql.render(runtime.dialect()::placeholder), sql.values(), "$executeRaw");
        }
    }

    @Override
    public List<Map<String, Object>> $queryRawUnsafe(String sql, Object... parameters) {
        try (Session session = new Session(runtime)) {
            return runtime.queryRaw(session, sql, List.of(parameters), "$queryRawUnsafe");
        }
    }

    @Override
    public int $executeRawUnsafe(String sql, Object... parameters) {
        try (Session session = new Session(runtime)) {
            return runtime.executeRaw(session, sql, List.of(parameters), "$executeRawUnsafe");
        }
    }

    @Override
    public <T> T $transaction(TransactionCallback<T> callback, TransactionOptions options) {
        TransactionSession session = translate(() -> runtime.startTransaction(options, null));
        BoundClient tx = new BoundClient(runtime, session, middleware, extensions);
        T result;
        try {
            result = callback.run(tx);
        } catch (QueryRequestException e) {
            session.rollbackTransaction();
            throw Errors.known(e, null);
        } catch (RuntimeException e) {
            session.rollbackTransaction();
            throw e;
        } catch (Exception e) {
            session.rollbackTransaction();
            throw new TransactionAbortedException(e);
        } catch (Error e) {
            session.rollbackTransaction();
            throw e;
        }
        translate(() -> {
            session.commitTransaction();
            return null;
        });
        return result;
    }

    @Override
    public List<Object> $transaction(List<PendingOperation> operations, TransactionOptions options) {
        if (operations.size() == 1) {
            // Prisma runs a one-operation batch as a plain request: its options do not apply.
            return List.of(runPending(this, operations.get(0)));
        }
        String firstModel = operations.isEmpty() ? null : operations.get(0).model();
        String modelName = firstModel == null ? null : runtime.queryEngine().model(firstModel).name();
        TransactionSession session;
        try {
            session = translate(() -> runtime.startTransaction(options, modelName));
        } catch (PrismaClientKnownRequestException e) {
            // Prisma reports a batch that cannot start as a failure of its first operation.
            PendingOperation first = operations.get(0);
            if (first.kind() != PendingOperation.Kind.MODEL) {
                throw e;
            }
            throw io.prisma4j.client.internal.Errors.known(e.code(), e.coreMessage(), e.meta(),
                    io.prisma4j.client.internal.Errors.clientMethod(modelName, first.action()), e);
        }
        BoundClient tx = new BoundClient(runtime, session, middleware, extensions);
        List<Object> results = new ArrayList<>();
        try {
            for (PendingOperation operation : operations) {
                results.add(runPending(tx, operation));
            }
        } catch (QueryRequestException e) {
            session.rollbackTransaction();
            throw Errors.known(e, null);
        } catch (RuntimeException | Error e) {
            session.rollbackTransaction();
            throw e;
        }
        translate(() -> {
            session.commitTransaction();
            return null;
        });
        return results;
    }

    static Object runPending(PrismaOperations client, PendingOperation operation) {
        return switch (operation.kind()) {
            case MODEL -> client.execute(operation.model(), operation.action(), operation.args());
            case QUERY_RAW -> client.$queryRaw(operation.rawSql());
            case EXECUTE_RAW -> client.$executeRaw(operation.rawSql());
            case QUERY_RAW_UNSAFE -> client.$queryRawUnsafe(operation.unsafeSql(), operation.parameters().toArray());
            case EXECUTE_RAW_UNSAFE -> client.$executeRawUnsafe(operation.unsafeSql(), operation.parameters().toArray());
        };
    }

    /** Runs work that may fail with an engine-level error and reports it as a client error. */
    static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (QueryRequestException e) {
            throw Errors.known(e, null);
        }
    }

    /** Registers a middleware that sees every model call of this client and its extensions. */
    public PrismaClient $use(Middleware handler) {
        middleware.add(handler);
        return this;
    }

    /** A client with a query extension added; it shares this client's connections. */
    public PrismaClient $extends(Extension extension) {
        List<Extension> all = new ArrayList<>(extensions);
        all.add(extension);
        return new PrismaClient(runtime, middleware, all, false);
    }

    /** Subscribes to log events: {@code "query"} (every statement), {@code "info"}, {@code "warn"}, {@code "error"}. */
    public PrismaClient $on(String level, Consumer<PrismaEvent> listener) {
        runtime.events().on(LogLevel.fromName(level), listener);
        return this;
    }

    /** Connects now (otherwise the first call does): fails with P1001/P1000/P1003 when the database is unusable. */
    public void $connect() {
        runtime.pool().check();
    }

    /** Closes idle connections; calls made afterwards reconnect. */
    public void $disconnect() {
        runtime.pool().softEvict();
    }

    /** The connection pool's state: total, active, idle and waiting. */
    public String poolState() {
        return runtime.pool().state();
    }

    /** Connections currently borrowed from the pool (0 when idle: nothing leaked). */
    public int activeConnections() {
        return runtime.pool().activeConnections();
    }

    /** Closes the pool (extensions of this client share it and close with it). */
    @Override
    public void close() {
        if (owner) {
            runtime.close();
        }
    }

    /** Builds a client from a schema (file or folder), text or data model, and an optional URL. */
    public static final class Builder {
        private Path schemaPath;
        private DataModel dataModel;
        private String schemaText;
        private String url;
        private Map<String, String> env = Map.of();
        private final Set<LogLevel> log = EnumSet.noneOf(LogLevel.class);
        private Path baseDir;
        private io.prisma4j.query.tree.Operation.LoadStrategy strategy;

        public Builder schema(Path path) {
            this.schemaPath = path;
            return this;
        }

        public Builder schemaText(String text) {
            this.schemaText = text;
            return this;
        }

        public Builder dataModel(DataModel model) {
            this.dataModel = model;
            return this;
        }

        /** Overrides the datasource URL of the schema (Prisma's {@code datasources}/{@code datasourceUrl}). */
        public Builder datasourceUrl(String datasourceUrl) {
            this.url = datasourceUrl;
            return this;
        }

        /** Variables that take precedence over the environment and .env for {@code env("...")}. */
        public Builder env(Map<String, String> variables) {
            this.env = Map.copyOf(variables);
            return this;
        }

        /** Levels written to SLF4J (loggers {@code prisma4j.query} and {@code prisma4j.engine}). */
        public Builder log(LogLevel... levels) {
            log.addAll(List.of(levels));
            return this;
        }

        /**
         * How relations load when a query does not say ({@code relationLoadStrategy}): {@code "query"}
         * (one batched statement per relation level) or {@code "join"} (one statement, JSON aggregation).
         * Default: the database's, chosen from measurements.
         */
        public Builder relationLoadStrategy(String name) {
            this.strategy = switch (name) {
                case "join" -> io.prisma4j.query.tree.Operation.LoadStrategy.JOIN;
                case "query" -> io.prisma4j.query.tree.Operation.LoadStrategy.QUERY;
                default -> throw new IllegalArgumentException("relationLoadStrategy is \"query\" or \"join\", not \""
                        + name + "\"");
            };
            return this;
        }

        /** The folder relative SQLite paths are resolved against (default: the schema's folder). */
        public Builder baseDirectory(Path directory) {
            this.baseDir = directory;
            return this;
        }

        public PrismaClient build() {
            DataModel model = dataModel;
            Path schemaDir = baseDir;
            try {
                if (model == null && schemaPath != null) {
                    model = PrismaSchema.load(schemaPath).dataModel();
                    if (schemaDir == null) {
                        Path absolute = schemaPath.toAbsolutePath();
                        schemaDir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
                    }
                } else if (model == null && schemaText != null) {
                    model = PrismaSchema.parse(schemaText).dataModel();
                }
            } catch (SchemaValidationException e) {
                throw new PrismaClientInitializationException("P1012", "Prisma schema validation failed:\n"
                        + e.getMessage(), e);
            }
            if (model == null) {
                throw new IllegalStateException("Give the client a schema: schema(Path), schemaText(String) or dataModel(DataModel)");
            }
            String resolved = url;
            if (resolved == null) {
                Env environment = Env.withDotEnv(schemaDir == null ? null : schemaDir.resolve(".env"),
                        schemaDir == null || schemaDir.getParent() == null ? null : schemaDir.getParent().resolve(".env"),
                        Path.of(".env")).with(env);
                try {
                    resolved = model.datasource().flatMap(d -> d.resolveUrl(environment)).orElse(null);
                } catch (RuntimeException e) {
                    throw new PrismaClientInitializationException(null, e.getMessage(), e);
                }
            }
            if (resolved == null && model.datasource().map(d -> d.url() != null && d.url().isFromEnv()).orElse(false)) {
                String variable = model.datasource().get().url().envVar();
                throw new PrismaClientInitializationException(null, "error: Environment variable not found: " + variable
                        + ".\n  -->  the schema's datasource url = env(\"" + variable + "\")\nSet " + variable
                        + " in the environment or in a .env file next to the schema, or pass datasourceUrl(...).", null);
            }
            if (resolved == null) {
                throw new PrismaClientInitializationException(null, "The datasource has no URL. Set url = env(\"DATABASE_URL\") "
                        + "in the schema's datasource and DATABASE_URL in the environment or .env, or pass "
                        + "datasourceUrl(...) to the builder.", null);
            }
            ConnectionUrl connectionUrl;
            try {
                connectionUrl = ConnectionUrl.parse(resolved, schemaDir);
            } catch (IllegalArgumentException e) {
                throw new PrismaClientInitializationException("P1013", "The provided database string is invalid. "
                        + e.getMessage(), e);
            }
            ClientRuntime runtime;
            try {
                runtime = new ClientRuntime(model, connectionUrl, log, strategy);
            } catch (IllegalArgumentException e) {
                throw new PrismaClientInitializationException(null, e.getMessage(), e);
            }
            return new PrismaClient(runtime, new CopyOnWriteArrayList<>(), List.of(), true);
        }
    }
}
