package io.prisma4j.cli;

import io.prisma4j.generator.ClientGenerator;
import io.prisma4j.generator.ClientTarget;
import io.prisma4j.generator.GeneratedClient;
import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.diagnostics.ValidationReport;
import io.prisma4j.schema.model.DataModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code prisma4j generate [--schema PATH] [--watch]}: generates the Java client of every client generator
 * block of the schema ({@code provider = "prisma4j"}, or the tutorial's {@code "prisma-client-js"}, which
 * gets the Java client too). With {@code --watch} it regenerates on every change of the schema until
 * interrupted.
 */
@Command(name = "generate", description = "Generate the Java client (Prisma Client) from your Prisma schema.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--schema", description = "Custom path to your Prisma schema")
    Path schema;

    @Option(names = "--watch", description = "Watch the Prisma schema and rerun after a change")
    boolean watch;

    @Override
    public Integer call() throws IOException {
        Optional<Path> found = SchemaLocation.find(schema);
        if (found.isEmpty()) {
            System.err.println("Error: " + SchemaLocation.notFoundMessage());
            return 1;
        }
        Path path = found.get();
        if (!Files.exists(path)) {
            System.err.println("Error: Provided --schema at " + path + " doesn't exist.");
            return 1;
        }
        System.out.println("Prisma schema loaded from " + SchemaLocation.display(path));
        if (!watch) {
            return generate(path, true);
        }
        return watch(path);
    }

    /** Generates every client of the schema; prints what it wrote or why it could not. */
    private int generate(Path path, boolean hints) {
        ParsedSchema parsed = PrismaSchema.load(path);
        if (!parsed.isValid()) {
            System.err.print(ValidationReport.render(parsed.files(), parsed.diagnostics(), SchemaLocation.display(path)));
            return 1;
        }
        DataModel dataModel = parsed.dataModel();
        Path projectRoot = SchemaLocation.workingDirectory();
        List<ClientTarget> targets;
        try {
            targets = ClientTarget.resolve(dataModel.generators(), path, projectRoot, null, null);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
        if (targets.isEmpty()) {
            System.out.println("\nYou don't have any generators defined in your schema.prisma, so nothing will be generated.\n"
                    + "You can define them like this:\n\ngenerator client {\n  provider = \"" + ClientTarget.PROVIDER + "\"\n}");
            return 0;
        }
        String text = ClientGenerator.readSchema(path);
        System.out.println();
        for (ClientTarget target : targets) {
            if (target.jsProvider() && hints) {
                System.out.println("Generator \"" + target.generator() + "\" asks for Prisma Client JS: prisma4j "
                        + "generates the Java client for it (provider = \"" + ClientTarget.PROVIDER + "\" says so directly).\n");
            }
            GeneratedClient client = ClientGenerator.write(dataModel, text, target);
            System.out.println("✔ Generated Prisma Client (Java, prisma4j " + VersionCommand.version() + ") to "
                    + relative(projectRoot, target.sourceRoot()) + " (package " + target.packageName() + ") in "
                    + client.millis() + "ms");
        }
        if (hints) {
            String first = targets.get(0).packageName();
            System.out.println("\nStart using Prisma Client in Java:\n```\nimport " + first + ".PrismaClient;\n\n"
                    + "try (PrismaClient prisma = new PrismaClient()) {\n    System.out.println(prisma.$queryRawUnsafe(\"SELECT 1\"));\n}\n```");
        }
        return 0;
    }

    /**
     * Generates, then regenerates after each change of the schema file (or of a file in a schema folder).
     * The folder is watched before the first generation, so that no change is missed.
     */
    private int watch(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            generate(path, true);
            System.out.println("\nWatching... " + SchemaLocation.display(path));
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                boolean changed = key.pollEvents().stream().anyMatch(event -> Files.isDirectory(absolute)
                        ? event.context().toString().endsWith(".prisma")
                        : event.context().toString().equals(absolute.getFileName().toString()));
                key.reset();
                if (changed) {
                    System.out.println("\nBuilding...");
                    generate(path, false);
                    System.out.println("\nWatching... " + SchemaLocation.display(path));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * What {@code migrate dev} and {@code db push} do after changing the database, as Prisma does: generate
     * every client of the schema (nothing when it has no client generator).
     */
    static int runGenerators(Path schema, DataModel dataModel) {
        List<ClientTarget> targets;
        try {
            targets = ClientTarget.resolve(dataModel.generators(), schema, SchemaLocation.workingDirectory(), null, null);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
        if (targets.isEmpty()) {
            return 0;
        }
        System.out.println("\nRunning generate... (Use --skip-generate to skip the generators)");
        String text = ClientGenerator.readSchema(schema);
        for (ClientTarget target : targets) {
            GeneratedClient client = ClientGenerator.write(dataModel, text, target);
            System.out.println("✔ Generated Prisma Client (Java, prisma4j " + VersionCommand.version() + ") to "
                    + relative(SchemaLocation.workingDirectory(), target.sourceRoot()) + " (package " + target.packageName()
                    + ") in " + client.millis() + "ms");
        }
        return 0;
    }

    private static String relative(Path root, Path target) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteTarget = target.toAbsolutePath().normalize();
        if (absoluteTarget.startsWith(absoluteRoot)) {
            String relative = absoluteRoot.relativize(absoluteTarget).toString();
            return relative.startsWith("..") ? relative : "./" + relative;
        }
        return absoluteTarget.toString();
    }
}
