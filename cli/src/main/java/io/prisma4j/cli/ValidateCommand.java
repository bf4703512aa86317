package io.prisma4j.cli;

import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.diagnostics.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code prisma4j validate [--schema PATH]}: exit 0 when the schema is valid, 1 when it has errors.
 * As in Prisma, warnings and errors go to standard error and the success line to standard output.
 */
@Command(name = "validate", description = "Validate your Prisma schema.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--schema", description = "Custom path to your Prisma schema (a file, or a folder of .prisma files)")
    Path schema;

    @Override
    public Integer call() {
        Optional<Path> path = SchemaLocation.find(schema);
        if (path.isEmpty()) {
            System.err.println("Error: " + SchemaLocation.notFoundMessage());
            return 1;
        }
        if (!Files.exists(path.get())) {
            System.err.println("Error: Could not load `--schema` from provided path `" + path.get()
                    + "`: file or directory not found");
            return 1;
        }
        ParsedSchema parsed = PrismaSchema.load(path.get());
        String warnings = ValidationReport.warnings(parsed.diagnostics());
        System.err.print(warnings);
        if (parsed.isValid()) {
            System.out.print(ValidationReport.success(parsed.files(), SchemaLocation.display(path.get())));
            return 0;
        }
        System.err.print((warnings.isEmpty() ? "" : "\n") + ValidationReport.errors(parsed.files(), parsed.diagnostics()));
        return 1;
    }
}
