package io.prisma4j.client.typed;

import io.prisma4j.client.LogLevel;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a generated client connects: {@code new PrismaClient(o -> o.datasourceUrl(url).log(LogLevel.QUERY))}.
 * Without options the client reads the datasource URL as its schema says ({@code env("DATABASE_URL")}:
 * the environment, then {@code .env}).
 */
public final class ClientOptions {
    private String datasourceUrl;
    private final Set<LogLevel> log = EnumSet.noneOf(LogLevel.class);
    private final Map<String, String> env = new LinkedHashMap<>();
    private Path schema;
    private Path baseDirectory;

    /** Overrides the datasource URL (Prisma's {@code datasources: {db: {url}}} / {@code datasourceUrl}). */
    public ClientOptions datasourceUrl(String url) {
        this.datasourceUrl = url;
        return this;
    }

    /** Log levels written to SLF4J ({@code prisma4j.query}, {@code prisma4j.engine}); {@code $on} receives events either way. */
    public ClientOptions log(LogLevel... levels) {
        log.addAll(List.of(levels));
        return this;
    }

    /** Variables that take precedence over the environment and {@code .env} for {@code env("...")}. */
    public ClientOptions env(Map<String, String> variables) {
        env.putAll(variables);
        return this;
    }

    /**
     * Runs the client on another schema file with the same models, fields and enums (for example the
     * same models on SQLite in tests and PostgreSQL in production). The client checks that the schema
     * matches the one it was generated from.
     */
    public ClientOptions schema(Path schemaFile) {
        this.schema = schemaFile;
        return this;
    }

    /** The folder a relative SQLite path and {@code .env} are resolved against (default: the schema's folder). */
    public ClientOptions baseDirectory(Path directory) {
        this.baseDirectory = directory;
        return this;
    }

    String datasourceUrl() {
        return datasourceUrl;
    }

    Set<LogLevel> log() {
        return log;
    }

    Map<String, String> env() {
        return env;
    }

    Path schema() {
        return schema;
    }

    Path baseDirectory() {
        return baseDirectory;
    }
}
