package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.dialect.ComposedDialect;
import io.prisma4j.schema.connector.Provider;

/** PostgreSQL migrations. */
public final class PostgresDialect extends ComposedDialect {

    public PostgresDialect() {
        super(Provider.POSTGRESQL, new PostgresFlavour(), new PostgresRenderer(), PostgresDescriber::new,
                new PostgresHousekeeping());
    }

    @Override
    public String defaultNamespace() {
        return "public";
    }
}
