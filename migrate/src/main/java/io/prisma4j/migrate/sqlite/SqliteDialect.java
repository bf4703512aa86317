package io.prisma4j.migrate.sqlite;

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

/** SQLite migrations. */
public final class SqliteDialect implements Dialect {
    private final SqliteFlavour flavour = new SqliteFlavour();
    private final SqliteRenderer renderer = new SqliteRenderer();

    @Override
    public Provider provider() {
        return Provider.SQLITE;
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
        return new SqliteDescriber();
    }

    @Override
    public String migrationsTableDdl() {
        return SqliteHistory.DDL;
    }

    @Override
    public MigrationLock lock(DatabaseConnection connection) {
        return SqliteHistory.lock(connection);
    }

    @Override
    public List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return SqliteHistory.tableNames(connection);
    }

    @Override
    public void resetSchema(DatabaseConnection connection) throws SQLException {
        SqliteHistory.reset(connection);
    }
}
