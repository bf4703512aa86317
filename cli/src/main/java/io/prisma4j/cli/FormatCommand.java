package io.prisma4j.cli;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.format.FormatReport;
import io.prisma4j.schema.format.FormattedSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code prisma4j format [--schema PATH] [--check]}: formats the schema (every file of a multi-file
 * schema) in place, as {@code prisma format} does. When the formatted text does not validate, the errors
 * are printed and nothing is written (exit 1). With {@code --check} nothing is written either: the exit
 * code says whether every file is already formatted.
 */
@Command(name = "format", description = "Format a Prisma schema.")
final class FormatCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Display this help message")
    boolean help;

    @Option(names = "--schema", description = "Custom path to your Prisma schema")
    Path schema;

    @Option(names = "--check", description = "Check that the schema is formatted; exit 1 when it is not")
    boolean check;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Optional<Path> path = SchemaLocation.find(schema);
        if (path.isEmpty() || !Files.exists(path.get())) {
            System.err.println(path.isEmpty() ? SchemaLocation.notFoundMessage()
                    : "Provided --schema at " + path.get() + " doesn't exist.");
            return 1;
        }
        SchemaFiles files = PrismaSchema.read(path.get());
        FormattedSchema result = PrismaSchema.format(files);
        if (result.isValid() && !check) {
            for (SourceFile file : result.changedFiles()) {
                Files.writeString(Path.of(file.path()), file.text(), StandardCharsets.UTF_8);
            }
        }
        long elapsedMillis = Math.round((System.nanoTime() - start) / 1_000_000.0);
        FormatReport.Output output = FormatReport.render(result, display(path.get()), elapsedMillis, check);
        System.err.print(output.stderr());
        System.out.print(output.stdout());
        return output.exitCode();
    }

    /** The schema path relative to the working directory, as Prisma shows it. */
    private static String display(Path schema) {
        Path cwd = SchemaLocation.workingDirectory().toAbsolutePath().normalize();
        Path absolute = schema.toAbsolutePath().normalize();
        return cwd.relativize(absolute).toString();
    }
}
