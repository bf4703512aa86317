package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.mysql.MySqlDialect;
import io.prisma4j.migrate.postgres.PostgresDialect;
import io.prisma4j.migrate.sqlite.SqliteDialect;
import io.prisma4j.schema.connector.Provider;

/** The dialect of each provider migrations support. */
public final class Dialects {
    private Dialects() {
    }

    /** The dialect for the database behind {@code connection} (MariaDB is told apart from MySQL). */
    public static Dialect of(DatabaseConnection connection) {
        if (connection.provider() == Provider.MYSQL) {
            return new MySqlDialect(MySqlDialect.isMariaDb(connection));
        }
        return of(connection.provider());
    }

    public static Dialect of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDialect();
            case SQLITE -> new SqliteDialect();
            case MYSQL -> new MySqlDialect(false);
            default -> throw new UnsupportedOperationException("Migrations are not supported for the " + provider.prismaName()
                    + " provider. Use `db push` for MongoDB; prisma4j migrates PostgreSQL, MySQL/MariaDB and SQLite.");
        };
    }
}
