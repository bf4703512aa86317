package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

/** PostgreSQL migrations. */
public final class PostgresDialect implements Dialect {
    private final PostgresFlavour flavour = new PostgresFlavour();
    private final PostgresRenderer renderer = new PostgresRenderer();

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public CalculatorFlavour calculator() {
        return flavour;
    }

    @Override
    public DifferFlavour differ() {
        return flavour;
    }

    @Override
    public DdlRenderer renderer() {
        return renderer;
    }

    @Override
    public SchemaDescriber describer() {
        return new PostgresDescriber();
    }

    @Override
    public String defaultNamespace() {
        return "public";
    }
}
