package io.prisma4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The database matrix: creates a fresh database per test on the local servers. Server addresses come
 * from {@code PRISMA4J_TEST_POSTGRES_URL} and {@code PRISMA4J_TEST_MYSQL_URL} (Prisma-style URLs
 * without a database name), defaulting to the local servers CI starts:
 * {@code postgresql://postgres@127.0.0.1:5432} and {@code mysql://root@127.0.0.1:3306}.
 */
public final class TestDatabases {
    private static final String PREFIX = "prisma4j_test_";
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private TestDatabases() {
    }

    /** Server base URL (no database) for a kind, Prisma style. */
    public static String serverUrl(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> env("PRISMA4J_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432");
            case MYSQL -> env("PRISMA4J_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306");
            case SQLITE -> "file:";
        };
    }

    /** A new, empty database whose name starts with {@code prisma4j_test_}. */
    public static TestDatabase create(DatabaseKind kind) {
        return create(kind, PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    /**
     * A database with exactly this name, dropped and created again if it exists (for suites whose
     * recorded error messages name the database, e.g. {@code conformance_blog}).
     */
    public static TestDatabase create(DatabaseKind kind, String name) {
        sweepOnce();
        try {
            switch (kind) {
                case SQLITE -> {
                    Path dir = Files.createTempDirectory("prisma4j-test");
                    Path file = dir.resolve(name + ".db");
                    return new TestDatabase(kind, name, "file:" + file, "jdbc:sqlite:" + file, file);
                }
                case POSTGRESQL, MYSQL -> {
                    String quoted = kind == DatabaseKind.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
                    try (Connection c = DriverManager.getConnection(adminJdbcUrl(kind));
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + quoted);
                        s.execute("CREATE DATABASE " + quoted + (kind == DatabaseKind.MYSQL
                                ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" : ""));
                    }
                    String url = serverUrl(kind) + "/" + name;
                    return new TestDatabase(kind, name, url, jdbcUrl(url), null);
                }
                default -> throw new IllegalArgumentException(kind.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a " + kind.provider() + " test database at "
                    + serverUrl(kind) + " (" + e.getMessage() + "). Start the servers with: bash .ci/services", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void drop(DatabaseKind kind, String name) {
        String quoted = kind == DatabaseKind.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
        try (Connection c = DriverManager.getConnection(adminJdbcUrl(kind)); Statement s = c.createStatement()) {
            if (kind == DatabaseKind.POSTGRESQL) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                        + "' AND pid <> pg_backend_pid()");
            }
            s.execute("DROP DATABASE IF EXISTS " + quoted);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops databases left behind by crashed earlier runs (older than this JVM, same prefix). */
    private static void sweepOnce() {
        if (!SWEPT.compareAndSet(false, true) || !"true".equals(env("PRISMA4J_TEST_SWEEP", "false"))) {
            return;
        }
        for (DatabaseKind kind : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL)) {
            try (Connection c = DriverManager.getConnection(adminJdbcUrl(kind)); Statement s = c.createStatement()) {
                String query = kind == DatabaseKind.POSTGRESQL
                        ? "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'"
                        : "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + PREFIX + "%'";
                List<String> names = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String name : names) {
                    drop(kind, name);
                }
            } catch (SQLException | RuntimeException e) {
                // Sweeping is best effort.
            }
        }
    }

    /** JDBC URL of the server's maintenance database. */
    public static String adminJdbcUrl(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? jdbcUrl(serverUrl(kind) + "/postgres") : jdbcUrl(serverUrl(kind) + "/");
    }

    /**
     * Turns a Prisma-style URL ({@code postgresql://user:pass@host:port/db}, {@code mysql://...}) into a
     * JDBC URL with the user and password as parameters.
     */
    public static String jdbcUrl(String prismaUrl) {
        if (prismaUrl.startsWith("file:")) {
            return "jdbc:sqlite:" + prismaUrl.substring(5);
        }
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
        String jdbcProtocol = protocol.startsWith("postgres") ? "postgresql" : "mariadb";
        StringBuilder url = new StringBuilder("jdbc:").append(jdbcProtocol).append("://").append(rest);
        char sep = rest.contains("?") ? '&' : '?';
        if (user != null) {
            url.append(sep).append("user=").append(user);
            sep = '&';
        }
        if (password != null && !password.isEmpty()) {
            url.append(sep).append("password=").append(password);
        }
        return url.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }
}
