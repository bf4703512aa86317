package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.introspect.Introspector;
import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.migrate.project.Pull;
import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code db pull [--print] [--force]}: writes the models and enums of the database into the schema
 * (re-introspection keeps names; {@code --force} does not), or prints the schema.
 */
@Command(name = "pull", description = "Pull the state from the database to the Prisma schema using introspection")
final class DbPullCommand extends ProjectCommand {

    @Option(names = "--print", description = "Print the introspected Prisma schema to stdout")
    boolean print;

    @Option(names = "--force", description = "Ignore current Prisma schema file")
    boolean force;

    @Override
    int execute() {
        long start = System.nanoTime();
        Path path = ProjectLoader.schemaPath(schema);
        MigrateProject project = ProjectLoader.loadFrom(path, print ? io.prisma4j.migrate.project.Console.silent(
                new StringBuilder()) : console);
        ParsedSchema parsed = PrismaSchema.load(path);
        if (!print) {
            console.print(project.datasourceLine() + "\n\n- Introspecting based on datasource defined in " + path + "\n");
        }
        Introspector.Result result = Pull.run(project, parsed, force);
        if (print) {
            System.out.print(result.schema());
            return 0;
        }
        if (Files.isDirectory(path)) {
            throw new MigrateException(null, "db pull cannot rewrite a multi-file schema folder (" + path + "): use "
                    + "--print and place the models yourself.");
        }
        try {
            Files.writeString(path, result.schema());
        } catch (IOException e) {
            throw new MigrateException(null, "Could not write " + path + ": " + e.getMessage());
        }
        for (String warning : result.warnings()) {
            console.print("\n// " + warning + "\n");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        console.print("✔ Introspected " + result.models() + " model" + (result.models() == 1 ? "" : "s")
                + " and wrote " + (result.models() == 1 ? "it" : "them") + " into " + path + " in " + millis
                + "ms\n\nRun prisma4j generate to generate the client.\n");
        return 0;
    }
}
