package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.history.MigrationLock;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

import java.sql.SQLException;
import java.util.List;

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

    @Override
    public String migrationsTableDdl() {
        return PostgresHistory.DDL;
    }

    @Override
    public MigrationLock lock(DatabaseConnection connection) {
        return PostgresHistory.lock(connection);
    }

    @Override
    public List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return PostgresHistory.tableNames(connection);
    }

    @Override
    public void resetSchema(DatabaseConnection connection) throws SQLException {
        PostgresHistory.reset(connection);
    }
}
