package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.describe.SchemaDescriber;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.history.MigrationLock;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A dialect made of its database's parts: one flavour object that answers both the calculator and the
 * differ, a renderer, a describer (a new one per description) and the housekeeping. A database class
 * passes its parts and overrides only the defaults of {@link Dialect} that differ.
 */
public abstract class ComposedDialect implements Dialect {
    private final Provider provider;
    private final CalculatorFlavour calculator;
    private final DifferFlavour differ;
    private final DdlRenderer renderer;
    private final Supplier<SchemaDescriber> describer;
    private final DatabaseHousekeeping housekeeping;

    protected <F extends CalculatorFlavour & DifferFlavour> ComposedDialect(Provider provider, F flavour,
            DdlRenderer renderer, Supplier<SchemaDescriber> describer, DatabaseHousekeeping housekeeping) {
        this.provider = provider;
        this.calculator = flavour;
        this.differ = flavour;
        this.renderer = renderer;
        this.describer = describer;
        this.housekeeping = housekeeping;
    }

    @Override
    public final Provider provider() {
        return provider;
    }

    @Override
    public final CalculatorFlavour calculator() {
        return calculator;
    }

    @Override
    public final DifferFlavour differ() {
        return differ;
    }

    @Override
    public final DdlRenderer renderer() {
        return renderer;
    }

    @Override
    public final SchemaDescriber describer() {
        return describer.get();
    }

    @Override
    public final String migrationsTableDdl() {
        return housekeeping.migrationsTableDdl();
    }

    @Override
    public final MigrationLock lock(DatabaseConnection connection) {
        return housekeeping.lock(connection);
    }

    @Override
    public final List<String> tableNames(DatabaseConnection connection) throws SQLException {
        return housekeeping.tableNames(connection);
    }

    @Override
    public final void resetSchema(DatabaseConnection connection) throws SQLException {
        housekeeping.resetSchema(connection);
    }
}
