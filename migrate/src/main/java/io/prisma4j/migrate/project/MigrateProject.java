package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.history.MigrationsFolder;
import io.prisma4j.schema.env.Env;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.Datasource;

import java.nio.file.Path;

/**
 * What the migrate and db commands work on: the schema, the database its datasource points at, an optional
 * shadow database, and the migrations folder ({@code migrations/} next to the schema file).
 *
 * @param schemaPath   the schema file (or folder of a multi-file schema)
 * @param dataModel    the validated schema
 * @param url          the database URL ({@code url} of the datasource, else {@code DATABASE_URL})
 * @param shadowUrl    {@code shadowDatabaseUrl}, or {@code null} for a temporary shadow database
 * @param migrations   the migrations folder
 * @param writtenUrl   the URL as written (SQLite locations are shown that way)
 */
public record MigrateProject(Path schemaPath, DataModel dataModel, DatabaseUrl url, DatabaseUrl shadowUrl,
                             MigrationsFolder migrations, String writtenUrl) {

    /** Reads the datasource's URLs through {@code env}; SQLite paths are relative to the schema's folder. */
    public static MigrateProject of(Path schemaPath, DataModel dataModel, Env env) {
        Datasource datasource = dataModel.datasource().orElseThrow(() -> new MigrateException("P1012",
                "The schema at " + schemaPath + " has no datasource block. Add one, e.g.\n\ndatasource db {\n  "
                        + "provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}"));
        Path schemaDir = folder(schemaPath);
        String url = datasource.resolveDirectUrl(env).or(() -> datasource.resolveUrl(env))
                .or(() -> env.get("DATABASE_URL")).orElseThrow(() -> missingUrl(datasource, schemaPath));
        DatabaseUrl parsed = DatabaseUrl.parse(url, schemaDir);
        if (parsed.provider() != dataModel.provider()
                && !(parsed.provider().isSql() && dataModel.provider() == io.prisma4j.schema.connector.Provider.COCKROACHDB)) {
            throw new MigrateException("P1012", "The datasource provider is `" + dataModel.provider().prismaName()
                    + "` but the URL is for " + parsed.provider().prismaName() + " (" + DatabaseUrl.redact(url)
                    + "). The URL must start with the protocol of the provider, e.g. `"
                    + example(dataModel.provider()) + "`.");
        }
        DatabaseUrl shadow = datasource.resolveShadowDatabaseUrl(env).map(s -> DatabaseUrl.parse(s, schemaDir)).orElse(null);
        return new MigrateProject(schemaPath, dataModel, parsed, shadow, new MigrationsFolder(schemaDir.resolve("migrations")),
                url);
    }

    private static MigrateException missingUrl(Datasource datasource, Path schemaPath) {
        String variable = datasource.url() != null && datasource.url().isFromEnv() ? datasource.url().envVar() : "DATABASE_URL";
        return new MigrateException("P1012", "Environment variable not found: " + variable + ".\n  -->  " + schemaPath
                + "\n\nSet " + variable + " in the environment or in a .env file next to the project, e.g. "
                + variable + "=\"" + example(datasource.provider()) + "\".");
    }

    private static String example(io.prisma4j.schema.connector.Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> "postgresql://user:password@localhost:5432/mydb?schema=public";
            case MYSQL -> "mysql://user:password@localhost:3306/mydb";
            default -> "file:./dev.db";
        };
    }

    /** The schema's folder: migrations and relative SQLite paths live there, as with Prisma. */
    private static Path folder(Path schemaPath) {
        Path absolute = schemaPath.toAbsolutePath();
        return java.nio.file.Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }

    /** Prisma's name for the database kind: {@code PostgreSQL}, {@code MySQL}, {@code SQLite}. */
    public String prettyProvider() {
        return switch (url.provider()) {
            case POSTGRESQL -> dataModel.provider() == io.prisma4j.schema.connector.Provider.COCKROACHDB ? "CockroachDB"
                    : "PostgreSQL";
            case MYSQL -> "MySQL";
            case SQLITE -> "SQLite";
            default -> url.provider().prismaName();
        };
    }

    /** {@code Datasource "db": PostgreSQL database "mydb", schema "public" at "localhost:5432"}. */
    public String datasourceLine() {
        String name = dataModel.datasource().map(Datasource::name).orElse("db");
        String location = url.sqliteFile() != null ? writtenUrl : url.location();
        String schema = url.namespace() != null ? ", schema \"" + url.namespace() + "\"" : "";
        return "Datasource \"" + name + "\": " + prettyProvider() + " database \"" + url.database() + "\"" + schema
                + " at \"" + location + "\"";
    }

    /** Where the database is, as Prisma names it in messages: {@code localhost:5432}, or the SQLite URL as written. */
    public String location() {
        return url.sqliteFile() != null ? writtenUrl : url.location();
    }
}
