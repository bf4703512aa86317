package io.prisma4j.migrate.connect;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.schema.connector.Provider;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A database URL as Prisma takes it: {@code postgresql://user:pass@host:5432/db?schema=public},
 * {@code mysql://root@127.0.0.1:3306/db}, {@code file:./dev.db} (relative to the schema's folder).
 * Prisma's own parameters (pool size, timeouts, {@code schema}) are read here and not passed to JDBC.
 */
public record DatabaseUrl(Provider provider, String host, int port, String database, String user, String password,
                          Map<String, String> parameters, Path sqliteFile) {

    /** Parameters Prisma interprets itself; everything else is handed to the driver. */
    private static final Set<String> PRISMA_PARAMETERS = Set.of("schema", "connection_limit", "pool_timeout",
            "connect_timeout", "socket_timeout", "pgbouncer", "statement_cache_size", "sslaccept", "sslcert",
            "sslidentity", "sslpassword", "application_name", "options", "max_idle_connection_lifetime",
            "max_connection_lifetime");

    public DatabaseUrl {
        parameters = Map.copyOf(parameters);
    }

    /** Parses {@code url}; a relative SQLite path is resolved against {@code baseDir} (the schema's folder). */
    public static DatabaseUrl parse(String url, Path baseDir) {
        if (url == null || url.isBlank()) {
            throw new MigrateException("P1012", "The datasource URL is empty. Set `url` in the datasource block or the "
                    + "DATABASE_URL environment variable (postgresql://..., mysql://... or file:./dev.db).");
        }
        if (url.startsWith("file:") || url.startsWith("sqlite:")) {
            String path = url.substring(url.indexOf(':') + 1);
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            if (path.startsWith("//")) {
                path = path.substring(2);
            }
            Path file = Path.of(path);
            Path resolved = file.isAbsolute() || baseDir == null ? file : baseDir.resolve(file);
            return new DatabaseUrl(Provider.SQLITE, "", 0, resolved.getFileName().toString(), null, null, Map.of(),
                    resolved.toAbsolutePath().normalize());
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            throw invalid(url, "it has no scheme");
        }
        String protocol = url.substring(0, scheme);
        Provider provider = switch (protocol) {
            case "postgresql", "postgres" -> Provider.POSTGRESQL;
            case "mysql", "mariadb" -> Provider.MYSQL;
            default -> throw invalid(url, "the scheme `" + protocol + "` is not postgresql://, mysql:// or file:");
        };
        String rest = url.substring(scheme + 3);
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                parameters.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
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
        int slash = rest.indexOf('/');
        String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? decode(rest.substring(slash + 1)) : "";
        String host = hostPort;
        int port = provider == Provider.POSTGRESQL ? 5432 : 3306;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw invalid(url, "the port `" + hostPort.substring(colon + 1) + "` is not a number");
            }
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (database.isEmpty() && provider == Provider.POSTGRESQL) {
            database = "postgres";
        }
        return new DatabaseUrl(provider, host, port, database, user, password, parameters, null);
    }

    private static MigrateException invalid(String url, String why) {
        return new MigrateException("P1013", "The provided database string is invalid. " + why + " in database URL `"
                + redact(url) + "`. Please refer to the documentation in https://www.prisma.io/docs/reference/database-"
                + "reference/connection-urls for constructing a correct connection string.");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URL with its password hidden, for messages. */
    public static String redact(String url) {
        return url.replaceAll("://([^:/@]+):([^@]*)@", "://$1:****@");
    }

    /** The PostgreSQL schema objects live in ({@code ?schema=}, default {@code public}); {@code null} elsewhere. */
    public String namespace() {
        return provider == Provider.POSTGRESQL ? parameters.getOrDefault("schema", "public") : null;
    }

    /** {@code host:port} (or the file path), as Prisma names the server in messages. */
    public String location() {
        return sqliteFile != null ? sqliteFile.toString() : host + ":" + port;
    }

    /** The same server with another database. */
    public DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(provider, host, port, name, user, password, parameters, sqliteFile);
    }

    public String jdbcUrl() {
        if (provider == Provider.SQLITE) {
            return "jdbc:sqlite:" + sqliteFile;
        }
        String protocol = provider == Provider.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
        Map<String, String> jdbc = new LinkedHashMap<>();
        if (user != null) {
            jdbc.put("user", user);
        }
        if (password != null && !password.isEmpty()) {
            jdbc.put("password", password);
        }
        if (provider == Provider.POSTGRESQL && parameters.containsKey("schema")) {
            jdbc.put("currentSchema", parameters.get("schema"));
        }
        if (parameters.containsKey("connect_timeout")) {
            // Prisma counts seconds; the PostgreSQL driver too, MariaDB's counts milliseconds.
            String seconds = parameters.get("connect_timeout");
            jdbc.put("connectTimeout", provider == Provider.POSTGRESQL ? seconds : seconds + "000");
        }
        parameters.forEach((key, value) -> {
            if (!PRISMA_PARAMETERS.contains(key)) {
                jdbc.put(key, value);
            }
        });
        String query = jdbc.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return protocol + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public String toString() {
        return provider == Provider.SQLITE ? "file:" + sqliteFile
                : provider.prismaName() + "://" + (user == null ? "" : user + (password == null ? "" : ":****") + "@")
                + host + ":" + port + "/" + database;
    }
}
