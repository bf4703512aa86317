package io.prisma4j.client.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A datasource URL as Prisma takes it: {@code postgresql://user:password@host:5432/db?schema=public&connection_limit=5},
 * {@code mysql://...}, {@code file:./dev.db}. Query parameters are Prisma's (connection_limit, pool_timeout,
 * connect_timeout, socket_timeout, sslmode, schema, ...).
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
        String trimmed = url.strip();
        if (trimmed.startsWith("file:")) {
            String rest = trimmed.substring("file:".length());
            Map<String, String> params = new LinkedHashMap<>();
            int query = rest.indexOf('?');
            if (query >= 0) {
                params = query(rest.substring(query + 1));
                rest = rest.substring(0, query);
            }
            if (rest.startsWith("//")) {
                rest = rest.substring(2);
            }
            Path path = Path.of(rest);
            if (!path.isAbsolute() && baseDir != null) {
                path = baseDir.resolve(path).normalize();
            }
            return new ConnectionUrl("file", null, null, null, null, path.toString(), params);
        }
        int schemeEnd = trimmed.indexOf("://");
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("The datasource URL must start with postgresql://, mysql:// or file:, "
                    + "e.g. postgresql://user:password@localhost:5432/mydb");
        }
        String scheme = trimmed.substring(0, schemeEnd);
        String rest = trimmed.substring(schemeEnd + 3);
        Map<String, String> params = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            params = query(rest.substring(query + 1));
            rest = rest.substring(0, query);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = decode(colon >= 0 ? credentials.substring(0, colon) : credentials);
            password = colon >= 0 ? decode(credentials.substring(colon + 1)) : null;
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        String host = rest;
        Integer port = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, colon);
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The port in the datasource URL is not a number: " + rest.substring(colon + 1));
            }
        }
        return new ConnectionUrl(scheme, user, password, host, port, database == null || database.isEmpty() ? null : database,
                params);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = decode(eq >= 0 ? part.substring(0, eq) : part);
            String value = eq >= 0 ? decode(part.substring(eq + 1)) : "";
            params.put(key, value);
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
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
