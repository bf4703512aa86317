package io.prisma4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
        return create(kind, name, serverUrl(kind));
    }

    /** As {@link #create(DatabaseKind, String)}, on the server of {@code serverUrl} (Prisma style, no database). */
    public static TestDatabase create(DatabaseKind kind, String name, String serverUrl) {
        sweepOnce();
        try {
            if (kind == DatabaseKind.SQLITE) {
                Path file = Files.createTempDirectory("prisma4j-test").resolve(name + ".db");
                return new TestDatabase(kind, name, "file:" + file, "jdbc:sqlite:" + file, file, serverUrl);
            }
            try (Connection c = DriverManager.getConnection(adminJdbcUrl(kind, serverUrl));
                 Statement s = c.createStatement()) {
                dropIfExists(s, kind, name);
                s.execute("CREATE DATABASE " + quote(kind, name) + (kind == DatabaseKind.MYSQL
                        ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" : ""));
            }
            String url = serverUrl + "/" + name;
            return new TestDatabase(kind, name, url, jdbcUrl(url), null, serverUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a " + kind.provider() + " test database at "
                    + serverUrl + " (" + e.getMessage() + "). Start the servers with: bash .ci/services", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void drop(DatabaseKind kind, String name, String serverUrl) {
        try (Connection c = DriverManager.getConnection(adminJdbcUrl(kind, serverUrl)); Statement s = c.createStatement()) {
            dropIfExists(s, kind, name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops the database, first closing the sessions other runs may have left on it (PostgreSQL refuses otherwise). */
    private static void dropIfExists(Statement admin, DatabaseKind kind, String name) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
        }
        admin.execute("DROP DATABASE IF EXISTS " + quote(kind, name));
    }

    private static String quote(DatabaseKind kind, String name) {
        return kind == DatabaseKind.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
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
                    drop(kind, name, serverUrl(kind));
                }
            } catch (SQLException | RuntimeException e) {
                // Sweeping is best effort.
            }
        }
    }

    /** JDBC URL of the server's maintenance database. */
    public static String adminJdbcUrl(DatabaseKind kind) {
        return adminJdbcUrl(kind, serverUrl(kind));
    }

    private static String adminJdbcUrl(DatabaseKind kind, String serverUrl) {
        return jdbcUrl(serverUrl + (kind == DatabaseKind.POSTGRESQL ? "/postgres" : "/"));
    }

    /**
     * Turns a Prisma-style URL ({@code postgresql://user:pass@host:port/db}, {@code mysql://...}) into a
     * JDBC URL with the user and password as parameters.
     */
    public static String jdbcUrl(String prismaUrl) {
        if (prismaUrl.startsWith("file:")) {
            return "jdbc:sqlite:" + prismaUrl.substring(5);
        }
        URI uri = URI.create(prismaUrl);
        String userInfo = uri.getRawUserInfo();
        String server = userInfo == null ? uri.getRawAuthority() : uri.getRawAuthority().substring(userInfo.length() + 1);
        StringBuilder url = new StringBuilder("jdbc:").append(uri.getScheme().startsWith("postgres") ? "postgresql" : "mariadb")
                .append("://").append(server).append(uri.getRawPath());
        List<String> parameters = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            parameters.add(uri.getRawQuery());
        }
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            parameters.add("user=" + (colon >= 0 ? userInfo.substring(0, colon) : userInfo));
            if (colon >= 0 && colon + 1 < userInfo.length()) {
                parameters.add("password=" + userInfo.substring(colon + 1));
            }
        }
        return parameters.isEmpty() ? url.toString() : url.append('?').append(String.join("&", parameters)).toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }
}
