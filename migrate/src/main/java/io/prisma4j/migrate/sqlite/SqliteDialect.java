package io.prisma4j.migrate.sqlite;

import io.prisma4j.migrate.dialect.ComposedDialect;
import io.prisma4j.schema.connector.Provider;

/** SQLite migrations. */
public final class SqliteDialect extends ComposedDialect {

    public SqliteDialect() {
        super(Provider.SQLITE, new SqliteFlavour(), new SqliteRenderer(), SqliteDescriber::new, new SqliteHousekeeping());
    }
}
