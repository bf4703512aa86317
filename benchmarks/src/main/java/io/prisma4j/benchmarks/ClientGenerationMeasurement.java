package io.prisma4j.benchmarks;

import io.prisma4j.generator.ClientGenerator;
import io.prisma4j.generator.GeneratedClient;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Size and speed of a generated client for a large schema: {@code java -cp benchmarks/target/benchmarks.jar
 * io.prisma4j.benchmarks.ClientGenerationMeasurement [models]} generates the client of {@link LargeSchema}
 * (500 models by default), then compiles it with the JDK's compiler, and prints the generation time, the
 * files and lines written, and the compile time. A one-shot measurement (code generation and javac are
 * seconds-long, single runs): the JMH benchmarks measure the steady-state paths.
 */
public final class ClientGenerationMeasurement {
    private ClientGenerationMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path project = Files.createTempDirectory("prisma4j-large-client");
        try {
            Path schema = project.resolve("schema.prisma");
            Files.writeString(schema, "generator client {\n  provider = \"prisma4j\"\n  package  = \"large.client\"\n}\n\n"
                    + LargeSchema.of("postgresql", models));

            ClientGenerator.generate(schema, project.resolve("warmup"), project.resolve("warmup"), null);
            long start = System.nanoTime();
            GeneratedClient client = ClientGenerator.generate(schema, project).get(0);
            long generateMillis = (System.nanoTime() - start) / 1_000_000;

            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            Path classes = Files.createDirectories(project.resolve("classes"));
            long compileStart = System.nanoTime();
            boolean compiled;
            try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
                compiled = compiler.getTask(null, files, null, List.of("-classpath", System.getProperty("java.class.path"),
                        "-d", classes.toString(), "-proc:none", "-Xlint:all", "-Werror"), null,
                        files.getJavaFileObjectsFromPaths(client.files())).call();
            }
            long compileMillis = (System.nanoTime() - compileStart) / 1_000_000;
            long bytes = 0;
            for (Path file : client.files()) {
                bytes += Files.size(file);
            }
            long classFiles;
            try (Stream<Path> walk = Files.walk(classes)) {
                classFiles = walk.filter(p -> p.toString().endsWith(".class")).count();
            }
            System.out.printf("models: %d%ngenerate: %d ms%nfiles: %d%nlines: %d%nbytes: %d%ncompile (javac, -Xlint:all -Werror): "
                            + "%d ms, %s%nclass files: %d%n", models, generateMillis, client.files().size(), client.lines(),
                    bytes, compileMillis, compiled ? "ok" : "FAILED", classFiles);
        } finally {
            try (Stream<Path> walk = Files.walk(project)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
