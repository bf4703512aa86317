package io.prisma4j.conformance.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh database for one suite on one provider, named {@code conformance_<suite>} as the corpus was
 * recorded (error messages name it), with the suite's tables from {@code ddl.<provider>.sql}. Servers
 * come from {@code PRISMA4J_CONFORMANCE_POSTGRES_URL} and {@code PRISMA4J_CONFORMANCE_MYSQL_URL}
 * (Prisma-style URLs without a database), defaulting to the local servers.
 */
final class SuiteDatabase {
    private final String provider;
    private final String name;
    private final String url;
    private final String jdbcUrl;

    private SuiteDatabase(String provider, String name, String url, String jdbcUrl) {
        this.provider = provider;
        this.name = name;
        this.url = url;
        this.jdbcUrl = jdbcUrl;
    }

    /** The Prisma URL of the database. */
    String url() {
        return url;
    }

    static SuiteDatabase create(String provider, String suite, String ddl) {
        String name = "conformance_" + suite.replace('-', '_');
        try {
            SuiteDatabase database = switch (provider) {
                case "sqlite" -> {
                    Path dir = Files.createTempDirectory("prisma4j-conformance");
                    Path file = dir.resolve(name + ".db");
                    yield new SuiteDatabase(provider, name, "file:" + file, "jdbc:sqlite:" + file);
                }
                case "postgresql" -> {
                    String server = env("PRISMA4J_CONFORMANCE_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432");
                    try (Connection c = DriverManager.getConnection(jdbc(server + "/postgres"));
                         Statement s = c.createStatement()) {
                        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                                + "' AND pid <> pg_backend_pid()");
                        s.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
                        s.execute("CREATE DATABASE \"" + name + "\"");
                    }
                    yield new SuiteDatabase(provider, name, server + "/" + name, jdbc(server + "/" + name));
                }
                case "mysql" -> {
                    String server = env("PRISMA4J_CONFORMANCE_MYSQL_URL", "mysql://root@127.0.0.1:3306");
                    try (Connection c = DriverManager.getConnection(jdbc(server + "/"));
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS `" + name + "`");
                        s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    }
                    yield new SuiteDatabase(provider, name, server + "/" + name, jdbc(server + "/" + name));
                }
                default -> throw new IllegalArgumentException("unknown provider " + provider);
            };
            database.run(ddl);
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + provider + " database " + name + ": " + e.getMessage()
                    + ". Start the servers (bash .ci/services) or set PRISMA4J_CONFORMANCE_POSTGRES_URL / _MYSQL_URL.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String script) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            if (provider.equals("sqlite")) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            for (String statement : split(script)) {
                s.execute(statement);
            }
        }
    }

    /** Statements of a DDL script: split at semicolons outside quotes, comments dropped. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == ';') {
                add(statements, current);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
        current.setLength(0);
    }

    /** A Prisma URL as a JDBC URL (the user in a parameter). */
    static String jdbc(String prismaUrl) {
        int scheme = prismaUrl.indexOf("://");
        String protocol = prismaUrl.substring(0, scheme);
        String rest = prismaUrl.substring(scheme + 3);
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = colon >= 0 ? credentials.substring(0, colon) : credentials;
            password = colon >= 0 ? credentials.substring(colon + 1) : null;
        }
        StringBuilder url = new StringBuilder("jdbc:").append(protocol.startsWith("postgres") ? "postgresql" : "mariadb")
                .append("://").append(rest);
        char separator = '?';
        if (user != null) {
            url.append(separator).append("user=").append(user);
            separator = '&';
        }
        if (password != null && !password.isEmpty()) {
            url.append(separator).append("password=").append(password);
        }
        return url.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void drop() {
        if (provider.equals("sqlite")) {
            try {
                Files.deleteIfExists(Path.of(url.substring("file:".length())));
            } catch (IOException e) {
                // A temporary file; the OS cleans it up.
            }
        }
    }
}
