package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.check.CheckerFlavour;
import io.prisma4j.migrate.check.ColumnRef;
import io.prisma4j.migrate.check.RowCounter;
import io.prisma4j.migrate.check.TableRef;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.history.MigrationLock;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

import java.sql.SQLException;
import java.util.List;

/** Everything migrations need to know about one database. */
public interface Dialect {

    Provider provider();

    CalculatorFlavour calculator();

    DifferFlavour differ();

    DdlRenderer renderer();

    SchemaDescriber describer();

    /** How altered columns are judged; PostgreSQL's rules unless the database says otherwise. */
    default CheckerFlavour checker() {
        return new CheckerFlavour() {
        };
    }

    /** The {@code CREATE TABLE} of {@code _prisma_migrations}, as Prisma writes it for this database. */
    String migrationsTableDdl();

    /** Takes the lock that serializes migration runs on this database (released on close). */
    MigrationLock lock(DatabaseConnection connection);

    /** Names of the tables in the connection's schema. */
    List<String> tableNames(DatabaseConnection connection) throws SQLException;

    /** Drops every table, view and type in the connection's schema ({@code migrate reset}). */
    void resetSchema(DatabaseConnection connection) throws SQLException;

    /** Counts rows and values for the destructive change checks. */
    default RowCounter rowCounter(DatabaseConnection connection) {
        DdlRenderer renderer = renderer();
        return new RowCounter() {
            @Override
            public long rows(TableRef table) throws Exception {
                return connection.count("SELECT COUNT(*) FROM " + name(table.namespace(), table.table()));
            }

            @Override
            public long nonNullValues(ColumnRef column) throws Exception {
                return connection.count("SELECT COUNT(*) FROM " + name(column.namespace(), column.table()) + " WHERE "
                        + renderer.quote(column.column()) + " IS NOT NULL");
            }

            private String name(String namespace, String table) {
                return namespace == null ? renderer.quote(table) : renderer.quote(namespace) + "." + renderer.quote(table);
            }
        };
    }

    /** The schema objects go to when the URL names none ({@code public} on PostgreSQL), or {@code null}. */
    default String defaultNamespace() {
        return null;
    }
}
