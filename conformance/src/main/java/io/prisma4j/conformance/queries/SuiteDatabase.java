package io.prisma4j.conformance.queries;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;

/**
 * A fresh database for one suite on one provider, named {@code conformance_<suite>} as the corpus was
 * recorded (error messages name it), with the suite's tables from {@code ddl.<provider>.sql}. Servers
 * come from {@code PRISMA4J_CONFORMANCE_POSTGRES_URL} and {@code PRISMA4J_CONFORMANCE_MYSQL_URL}
 * (Prisma-style URLs without a database), else from the test databases' servers.
 */
final class SuiteDatabase {
    private SuiteDatabase() {
    }

    /** The database, with the suite's tables; closing it drops it. */
    static TestDatabase create(String provider, String suite, String ddl) {
        DatabaseKind kind = DatabaseKind.ofProvider(provider);
        String server = switch (kind) {
            case POSTGRESQL -> env("PRISMA4J_CONFORMANCE_POSTGRES_URL", TestDatabases.serverUrl(kind));
            case MYSQL -> env("PRISMA4J_CONFORMANCE_MYSQL_URL", TestDatabases.serverUrl(kind));
            case SQLITE -> TestDatabases.serverUrl(kind);
        };
        TestDatabase database = TestDatabases.create(kind, "conformance_" + suite.replace('-', '_'), server);
        // SQLite checks foreign keys only when a connection asks for it; the recorded DDL ran with them on.
        database.execute(kind == DatabaseKind.SQLITE ? "PRAGMA foreign_keys = ON;\n" + ddl : ddl);
        return database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
