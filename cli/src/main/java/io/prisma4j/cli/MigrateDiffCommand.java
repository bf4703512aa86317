package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.Diff;
import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.diagnostics.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrate diff --from-... --to-... [--script] [--exit-code] [-o FILE]}: compares two schema sources.
 * With {@code --exit-code}: 0 when they are the same, 2 when they differ, 1 on error.
 */
@Command(name = "diff", description = "Compare the database schema from two arbitrary sources")
final class MigrateDiffCommand extends ProjectCommand {

    @Option(names = "--from-empty", description = "Flag to assume from or to is an empty datamodel")
    boolean fromEmpty;
    @Option(names = "--to-empty", description = "Flag to assume from or to is an empty datamodel")
    boolean toEmpty;
    @Option(names = {"--from-schema", "--from-schema-datamodel"}, description = "Path to a Prisma schema file")
    Path fromSchema;
    @Option(names = {"--to-schema", "--to-schema-datamodel"}, description = "Path to a Prisma schema file")
    Path toSchema;
    @Option(names = "--from-schema-datasource", description = "Path to a Prisma schema file; its datasource's database")
    Path fromSchemaDatasource;
    @Option(names = "--to-schema-datasource", description = "Path to a Prisma schema file; its datasource's database")
    Path toSchemaDatasource;
    @Option(names = "--from-url", description = "A database URL")
    String fromUrl;
    @Option(names = "--to-url", description = "A database URL")
    String toUrl;
    @Option(names = "--from-migrations", description = "Path to a Prisma Migrate migrations directory")
    Path fromMigrations;
    @Option(names = "--to-migrations", description = "Path to a Prisma Migrate migrations directory")
    Path toMigrations;
    @Option(names = "--shadow-database-url", description = "URL to the shadow database for migrations directories")
    String shadowDatabaseUrl;
    @Option(names = "--script", description = "Render a SQL script to stdout instead of the default human readable summary")
    boolean script;
    @Option(names = "--exit-code", description = "Change the exit code behavior: 0 empty diff, 2 non-empty, 1 error")
    boolean exitCode;
    @Option(names = {"-o", "--output"}, description = "Write to a file instead of stdout")
    Path output;

    @Override
    int execute() {
        Console quiet = Console.silent(new StringBuilder());
        Diff.Source from = source("--from", fromEmpty, fromSchema, fromSchemaDatasource, fromUrl, fromMigrations, quiet);
        Diff.Source to = source("--to", toEmpty, toSchema, toSchemaDatasource, toUrl, toMigrations, quiet);
        DatabaseUrl shadow = shadowDatabaseUrl == null ? null : DatabaseUrl.parse(shadowDatabaseUrl, cwd());
        Diff.Result result = Diff.run(from, to, script, shadow);
        String text = result.output().endsWith("\n") ? result.output() : result.output() + "\n";
        if (output != null) {
            try {
                Files.writeString(output, text);
            } catch (IOException e) {
                throw new MigrateException(null, "Could not write " + output + ": " + e.getMessage());
            }
        } else {
            System.out.print(text);
        }
        return exitCode && result.changed() ? 2 : 0;
    }

    private Diff.Source source(String side, boolean empty, Path schemaFile, Path datasourceFile, String url,
                               Path migrations, Console quiet) {
        List<Diff.Source> given = new ArrayList<>();
        if (empty) {
            given.add(new Diff.Source.Empty());
        }
        if (schemaFile != null) {
            given.add(new Diff.Source.Schema(schemaFile, parse(schemaFile).dataModel()));
        }
        if (datasourceFile != null) {
            ParsedSchema parsed = parse(datasourceFile);
            MigrateProject project = MigrateProject.of(datasourceFile, parsed.dataModel(),
                    ProjectLoader.environment(datasourceFile, quiet));
            given.add(new Diff.Source.Database(project.url()));
        }
        if (url != null) {
            given.add(new Diff.Source.Database(DatabaseUrl.parse(url, cwd())));
        }
        if (migrations != null) {
            given.add(new Diff.Source.Migrations(migrations));
        }
        if (given.size() != 1) {
            throw new MigrateException(null, (given.isEmpty() ? "1 `" + side + "-...` parameter must be provided."
                    : "Only one `" + side + "-...` parameter can be provided.") + " Use one of " + side + "-empty, "
                    + side + "-schema, " + side + "-schema-datasource, " + side + "-url or " + side + "-migrations.");
        }
        return given.get(0);
    }

    private static ParsedSchema parse(Path file) {
        if (!Files.exists(file)) {
            throw new MigrateException(null, "Provided schema at " + file + " doesn't exist.");
        }
        ParsedSchema parsed = PrismaSchema.load(file);
        if (!parsed.isValid()) {
            System.err.print(ValidationReport.render(parsed.files(), parsed.diagnostics(), file.toString()));
            throw new ProjectLoader.InvalidSchema();
        }
        return parsed;
    }

    private static Path cwd() {
        return Path.of(System.getProperty("user.dir"));
    }
}
