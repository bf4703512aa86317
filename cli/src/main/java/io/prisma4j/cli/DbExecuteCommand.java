package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.Execute;
import io.prisma4j.migrate.project.MigrateProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code db execute --file F | --stdin [--url URL | --schema PATH]}: runs a SQL script against the database
 * of {@code --url}, or of the schema's datasource.
 */
@Command(name = "execute", description = "Execute native commands to your database")
final class DbExecuteCommand extends ProjectCommand {

    @Option(names = "--file", description = "Path to a file. The content will be sent as the script to be executed")
    Path file;

    @Option(names = "--stdin", description = "Use the terminal standard input as the script to be executed")
    boolean stdin;

    @Option(names = "--url", description = "URL of the datasource to run the command on")
    String url;

    @Override
    int execute() {
        if ((file == null) == !stdin) {
            throw new MigrateException(null, (file == null ? "Either --stdin or --file must be provided."
                    : "--stdin and --file cannot be used at the same time. Only 1 must be provided.")
                    + "\nSee `prisma4j db execute -h`");
        }
        if (url != null && schema != null) {
            throw new MigrateException(null, "--url and --schema cannot be used at the same time. Only 1 must be provided."
                    + "\nSee `prisma4j db execute -h`");
        }
        String script;
        try {
            script = stdin ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(file);
        } catch (IOException e) {
            throw new MigrateException(null, "Could not read the script " + (file == null ? "from stdin" : file) + ": "
                    + e.getMessage());
        }
        DatabaseUrl target;
        if (url != null) {
            target = DatabaseUrl.parse(url, Path.of(System.getProperty("user.dir")));
        } else {
            MigrateProject project = ProjectLoader.load(schema, Console.silent(new StringBuilder()));
            target = project.url();
        }
        Execute.run(target, script, console);
        return 0;
    }
}
