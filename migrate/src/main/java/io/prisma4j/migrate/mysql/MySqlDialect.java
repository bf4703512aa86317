package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.check.CheckerFlavour;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.history.MigrationLock;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** MySQL and MariaDB migrations. */
public final class MySqlDialect implements Dialect {
    private final MySqlFlavour flavour;
    private final MySqlRenderer renderer = new MySqlRenderer();

    public MySqlDialect(boolean mariadb) {
        this.flavour = new MySqlFlavour(mariadb);
    }

    /** Whether the server behind {@code connection} is MariaDB (its version says so). */
    public static boolean isMariaDb(DatabaseConnection connection) {
        try {
            return connection.jdbc().getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")
                    || connection.jdbc().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Provider provider() {
        return Provider.MYSQL;
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
        return new MySqlDescriber();
    }

    @Override
    public CheckerFlavour checker() {
        return new MySqlChecker();
    }

    @Override
    public String migrationsTableDdl() {
        return MySqlHistory.DDL;
    }

    @Override
    public MigrationLock lock(DatabaseConnection connection) {
        return MySqlHistory.lock(connection);
    }

    @Override
    public List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return MySqlHistory.tableNames(connection);
    }

    @Override
    public void resetSchema(DatabaseConnection connection) throws SQLException {
        MySqlHistory.reset(connection);
    }
}
