package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.postgres.PostgresDialect;
import io.prisma4j.migrate.sqlite.SqliteDialect;
import io.prisma4j.schema.connector.Provider;

/** The dialect of each provider migrations support. */
public final class Dialects {
    private Dialects() {
    }

    public static Dialect of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDialect();
            case SQLITE -> new SqliteDialect();
            default -> throw new UnsupportedOperationException("Migrations are not supported for the " + provider.prismaName()
                    + " provider. Use `db push` for MongoDB; prisma4j migrates PostgreSQL, MySQL/MariaDB and SQLite.");
        };
    }
}
