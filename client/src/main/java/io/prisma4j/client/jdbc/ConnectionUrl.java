package io.prisma4j.client.jdbc;

import io.prisma4j.schema.connector.DatasourceUrl;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A datasource URL as Prisma takes it: {@code postgresql://user:password@host:5432/db?schema=public&connection_limit=5},
 * {@code mysql://...}, {@code file:./dev.db}. Query parameters are Prisma's (connection_limit, pool_timeout,
 * connect_timeout, socket_timeout, sslmode, schema, ...). The URL is split by {@link DatasourceUrl}, as migrations
 * split it.
 *
 * @param scheme   {@code postgresql}, {@code postgres}, {@code mysql} or {@code file}
 * @param user     decoded user, or null
 * @param password decoded password, or null
 * @param host     host, or null for SQLite
 * @param port     port, or null when not given
 * @param database database name, or the SQLite file path
 * @param params   query parameters in order
 */
public record ConnectionUrl(String scheme, String user, String password, String host, Integer port, String database,
                            Map<String, String> params) {

    public ConnectionUrl {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Parses a URL; relative SQLite paths are resolved against {@code baseDir} (the schema's folder, as
     * Prisma does) when it is given.
     *
     * @throws IllegalArgumentException with what is wrong and an example of the expected form
     */
    public static ConnectionUrl parse(String url, Path baseDir) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The datasource URL is empty. Set it in the schema (url = env(\"DATABASE_URL\")), "
                    + "in the environment or .env, or pass it when building the client.");
        }
        DatasourceUrl parts = DatasourceUrl.parse(url.strip()).orElseThrow(() -> new IllegalArgumentException(
                "The datasource URL must start with postgresql://, mysql:// or file:, "
                        + "e.g. postgresql://user:password@localhost:5432/mydb"));
        if (parts.isFile()) {
            Path path = Path.of(parts.file());
            if (!path.isAbsolute() && baseDir != null) {
                path = baseDir.resolve(path).normalize();
            }
            return new ConnectionUrl("file", null, null, null, null, path.toString(), parts.parameters());
        }
        Integer port = parts.port(text -> new IllegalArgumentException(
                "The port in the datasource URL is not a number: " + text));
        String database = parts.database() == null || parts.database().isEmpty() ? null : parts.database();
        return new ConnectionUrl(parts.scheme(), parts.user(), parts.password(), parts.host(), port, database,
                parts.parameters());
    }

    public boolean isSqlite() {
        return scheme.equals("file");
    }

    public boolean isPostgres() {
        return scheme.equals("postgresql") || scheme.equals("postgres");
    }

    public boolean isMysql() {
        return scheme.equals("mysql");
    }

    public String param(String name) {
        return params.get(name);
    }

    /** An integer parameter, or the fallback when absent. */
    public int intParam(String name, int fallback) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The datasource URL parameter " + name + " must be a whole number, got \""
                    + value + "\"");
        }
    }

    /** The URL with the password hidden, for messages. */
    public String redacted() {
        if (isSqlite()) {
            return "file:" + database;
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (user != null) {
            out.append(user).append(password != null ? ":****" : "").append('@');
        }
        out.append(host);
        if (port != null) {
            out.append(':').append(port);
        }
        if (database != null) {
            out.append('/').append(database);
        }
        return out.toString();
    }
}
