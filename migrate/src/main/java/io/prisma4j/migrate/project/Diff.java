package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.check.Diagnostics;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.history.MigrationsFolder;
import io.prisma4j.migrate.render.MigrationSummary;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.DataModel;

import java.nio.file.Path;

/**
 * {@code migrate diff}: the difference between two schema sources (nothing, a Prisma schema, a database,
 * a migrations folder), as SQL or as a readable summary.
 */
public final class Diff {
    /** One side of a diff. */
    public sealed interface Source {
        /** An empty database. */
        record Empty() implements Source {
        }

        /** The schema a Prisma schema describes. */
        record Schema(Path path, DataModel dataModel) implements Source {
        }

        /** What a live database holds. */
        record Database(DatabaseUrl url) implements Source {
        }

        /** What a migrations folder produces when replayed into a shadow database. */
        record Migrations(Path folder) implements Source {
        }
    }

    /** The outcome: the text to print and whether the two sides differ. */
    public record Result(String output, boolean changed) {
    }

    private Diff() {
    }

    public static Result run(Source from, Source to, boolean script, DatabaseUrl shadowUrl) {
        Provider provider = provider(from, to);
        MigrateEngine engine = MigrateEngine.of(provider);
        String namespace = namespace(from, to);
        SqlSchema previous = schema(from, provider, engine, namespace, shadowUrl, to);
        SqlSchema next = schema(to, provider, engine, namespace, shadowUrl, from);
        Migration migration = engine.diff(previous, next);
        String output = script ? engine.script(migration, Diagnostics.none()) : MigrationSummary.render(migration);
        return new Result(output, !migration.isEmpty());
    }

    private static Provider provider(Source from, Source to) {
        Provider a = provider(from);
        Provider b = provider(to);
        if (a != null && b != null && a != b) {
            throw new MigrateException(null, "Both sides of the diff must be for the same database: --from is "
                    + a.prismaName() + ", --to is " + b.prismaName() + ".");
        }
        Provider provider = a != null ? a : b;
        if (provider == null) {
            throw new MigrateException(null, "Could not tell which database to diff for: at least one side must be a "
                    + "schema or a database URL (--from-schema, --to-schema, --from-url, --to-url).");
        }
        return provider == Provider.COCKROACHDB ? Provider.POSTGRESQL : provider;
    }

    private static Provider provider(Source source) {
        if (source instanceof Source.Schema s) {
            return s.dataModel().provider();
        }
        if (source instanceof Source.Database d) {
            return d.url().provider();
        }
        return null;
    }

    private static String namespace(Source from, Source to) {
        for (Source source : new Source[] {from, to}) {
            if (source instanceof Source.Database d && d.url().namespace() != null) {
                return d.url().namespace();
            }
        }
        return null;
    }

    private static SqlSchema schema(Source source, Provider provider, MigrateEngine engine, String namespace,
                                    DatabaseUrl shadowUrl, Source other) {
        if (source instanceof Source.Empty) {
            return SqlSchema.empty();
        }
        if (source instanceof Source.Schema s) {
            return engine.calculate(s.dataModel(), namespace);
        }
        if (source instanceof Source.Database d) {
            try (DatabaseConnection connection = DatabaseConnection.open(d.url())) {
                return MigrateEngine.of(connection).describe(connection);
            }
        }
        Source.Migrations migrations = (Source.Migrations) source;
        DatabaseUrl server = shadowUrl != null ? null : other instanceof Source.Database d ? d.url() : null;
        if (shadowUrl == null && server == null && provider != Provider.SQLITE) {
            throw new MigrateException(null, "--from-migrations and --to-migrations need a shadow database to replay the "
                    + "migrations into: pass --shadow-database-url.");
        }
        DatabaseUrl main = server != null ? server
                : shadowUrl != null ? shadowUrl : DatabaseUrl.parse("file:shadow.db", Path.of(System.getProperty("java.io.tmpdir")));
        try (ShadowDatabase shadow = ShadowDatabase.open(main, shadowUrl)) {
            shadow.apply(new MigrationsFolder(migrations.folder()).migrations());
            return shadow.describe();
        }
    }
}
