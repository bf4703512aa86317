package io.prisma4j.migrate;

import io.prisma4j.migrate.calculate.SchemaCalculator;
import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.check.DestructiveChangeChecker;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.SqlStatements;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.dialect.Dialects;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.diff.SchemaDiffer;
import io.prisma4j.migrate.render.MigrationScript;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.DataModel;

import java.sql.SQLException;
import java.util.List;

/**
 * Front door of migrations for one database: calculate the schema a data model wants, describe what a
 * database has, diff the two into steps, check them for data loss, render Prisma's SQL and apply it.
 * <pre>{@code
 * MigrateEngine engine = MigrateEngine.of(dataModel.provider());
 * Migration migration = engine.diff(engine.describe(connection), engine.calculate(dataModel, "public"));
 * String sql = engine.script(migration, engine.pureCheck(migration));
 * }</pre>
 */
public final class MigrateEngine {
    private final Dialect dialect;

    private MigrateEngine(Dialect dialect) {
        this.dialect = dialect;
    }

    public static MigrateEngine of(Provider provider) {
        return new MigrateEngine(Dialects.of(provider));
    }

    /** The engine for the database behind {@code connection} (MariaDB's differences included). */
    public static MigrateEngine of(DatabaseConnection connection) {
        return new MigrateEngine(Dialects.of(connection));
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The schema {@code dataModel} describes; {@code namespace} is the PostgreSQL schema (null elsewhere). */
    public SqlSchema calculate(DataModel dataModel, String namespace) {
        return new SchemaCalculator(dialect.calculator()).calculate(dataModel,
                namespace != null ? namespace : dialect.defaultNamespace());
    }

    /** The schema the database behind {@code connection} has now. */
    public SqlSchema describe(DatabaseConnection connection) {
        try {
            return dialect.describer().describe(connection);
        } catch (SQLException e) {
            throw new MigrateException(null, "Could not read the schema of " + connection.url() + ": " + e.getMessage(), e);
        }
    }

    public Migration diff(SqlSchema from, SqlSchema to) {
        return new SchemaDiffer(dialect.differ()).diff(from, to);
    }

    /** What could go wrong, without looking at data: the warnings of a {@code migration.sql} header. */
    public Diagnostics pureCheck(Migration migration) {
        return new DestructiveChangeChecker(dialect.checker()).plan(migration).pureCheck();
    }

    /** What will go wrong on the data in {@code connection}'s database: Prisma's {@code evaluateDataLoss}. */
    public Diagnostics check(Migration migration, DatabaseConnection connection) {
        try {
            return new DestructiveChangeChecker(dialect.checker()).plan(migration).check(dialect.rowCounter(connection));
        } catch (Exception e) {
            throw new MigrateException(null, "Could not inspect the data in " + connection.url() + ": " + e.getMessage(), e);
        }
    }

    /** The migration as Prisma writes {@code migration.sql}, with {@code header}'s messages on top. */
    public String script(Migration migration, Diagnostics header) {
        return MigrationScript.render(migration, dialect.renderer(), header.warningMessages(),
                header.unexecutableMessages());
    }

    /** The migration's statements, in order. */
    public List<String> statements(Migration migration) {
        return MigrationScript.statements(migration, dialect.renderer());
    }

    /** Runs every statement of the migration. */
    public void apply(Migration migration, DatabaseConnection connection) throws SQLException {
        for (String statement : statements(migration)) {
            for (String part : SqlStatements.split(statement)) {
                connection.execute(part);
            }
        }
    }
}
