package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.check.CheckerFlavour;
import io.prisma4j.migrate.check.ColumnRef;
import io.prisma4j.migrate.check.RowCounter;
import io.prisma4j.migrate.check.TableRef;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

/** Everything migrations need to know about one database; see {@link ComposedDialect} for the usual make-up. */
public interface Dialect extends DatabaseHousekeeping {

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
