package io.prisma4j.generator.tutorial;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;

/** Raw SQL the way each database quotes names and marks parameters (the tutorial writes PostgreSQL's). */
final class Sql {
    private Sql() {
    }

    /** A quoted identifier: {@code "User"} on PostgreSQL and SQLite, {@code `User`} on MySQL. */
    static String quote(TestDatabase db, String name) {
        return db.kind() == DatabaseKind.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    /** The n-th parameter of {@code $queryRawUnsafe}: {@code $1} on PostgreSQL, {@code ?} elsewhere. */
    static String parameter(TestDatabase db, int n) {
        return db.kind() == DatabaseKind.POSTGRESQL ? "$" + n : "?";
    }
}
