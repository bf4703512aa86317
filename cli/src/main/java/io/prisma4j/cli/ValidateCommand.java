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

/** {@code prisma4j validate [--schema PATH]}: exit 0 when the schema is valid, 1 when it has errors. */
@Command(name = "validate", description = "Validate your Prisma schema.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--schema", description = "Custom path to your Prisma schema")
    Path schema;

    @Override
    public Integer call() {
        Optional<Path> path = SchemaLocation.find(schema);
        if (path.isEmpty() || !Files.exists(path.get())) {
            System.err.println(path.isEmpty() ? SchemaLocation.notFoundMessage()
                    : "Provided --schema at " + path.get() + " doesn't exist.");
            return 1;
        }
        ParsedSchema parsed = PrismaSchema.load(path.get());
        String report = ValidationReport.render(parsed.files(), parsed.diagnostics(), path.get().toString());
        if (parsed.isValid()) {
            System.out.print(report);
            return 0;
        }
        System.err.print(report);
        return 1;
    }
}
