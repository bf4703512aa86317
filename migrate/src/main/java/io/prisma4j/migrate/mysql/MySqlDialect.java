package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.check.CheckerFlavour;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.dialect.ComposedDialect;
import io.prisma4j.schema.connector.Provider;

import java.sql.SQLException;
import java.util.Locale;

/** MySQL and MariaDB migrations. */
public final class MySqlDialect extends ComposedDialect {

    public MySqlDialect(boolean mariadb) {
        super(Provider.MYSQL, new MySqlFlavour(mariadb), new MySqlRenderer(), MySqlDescriber::new,
                new MySqlHousekeeping());
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
    public CheckerFlavour checker() {
        return new MySqlChecker();
    }
}
