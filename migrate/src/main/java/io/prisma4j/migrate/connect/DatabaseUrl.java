package io.prisma4j.migrate.connect;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.schema.connector.DatasourceUrl;
import io.prisma4j.schema.connector.Provider;

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
 * Prisma's own parameters (pool size, timeouts, {@code schema}) are read here and not passed to JDBC. The URL
 * is split by {@link DatasourceUrl}, as the client splits it.
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
        // `sqlite:` is an older spelling of `file:` that migrations still take.
        String spelled = url.startsWith("sqlite:") ? "file:" + url.substring("sqlite:".length()) : url;
        DatasourceUrl parts = DatasourceUrl.parse(spelled).orElseThrow(() -> invalid(url, "it has no scheme"));
        if (parts.isFile()) {
            Path file = Path.of(parts.file());
            Path resolved = file.isAbsolute() || baseDir == null ? file : baseDir.resolve(file);
            return new DatabaseUrl(Provider.SQLITE, "", 0, resolved.getFileName().toString(), null, null, Map.of(),
                    resolved.toAbsolutePath().normalize());
        }
        Provider provider = switch (parts.scheme()) {
            case "postgresql", "postgres" -> Provider.POSTGRESQL;
            case "mysql", "mariadb" -> Provider.MYSQL;
            default -> throw invalid(url, "the scheme `" + parts.scheme() + "` is not postgresql://, mysql:// or file:");
        };
        Integer port = parts.port(text -> invalid(url, "the port `" + text + "` is not a number"));
        String host = parts.host().isEmpty() ? "localhost" : parts.host();
        String database = parts.database() == null ? "" : parts.database();
        if (database.isEmpty() && provider == Provider.POSTGRESQL) {
            database = "postgres";
        }
        return new DatabaseUrl(provider, host, port != null ? port : provider == Provider.POSTGRESQL ? 5432 : 3306,
                database, parts.user(), parts.password(), parts.parameters(), null);
    }

    private static MigrateException invalid(String url, String why) {
        return new MigrateException("P1013", "The provided database string is invalid. " + why + " in database URL `"
                + redact(url) + "`. Please refer to the documentation in https://www.prisma.io/docs/reference/database-"
                + "reference/connection-urls for constructing a correct connection string.");
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
