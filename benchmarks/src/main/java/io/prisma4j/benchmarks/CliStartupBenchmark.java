package io.prisma4j.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of {@code bin/prisma4j validate --schema examples/schemas/blog.prisma}, JVM start-up
 * included, as a user at a terminal sees it (target under 0.6 s). Run it from the repository (or a
 * folder below it) after building the CLI; the warm-up runs also create the launcher's class-data
 * sharing archive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class CliStartupBenchmark {

    /** The schema to validate, relative to the repository root. */
    @Param("examples/schemas/blog.prisma")
    public String schema;

    private Path root;

    @Setup
    public void findRepository() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("bin/prisma4j"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run this benchmark from the prisma4j repository: bin/prisma4j was not found "
                    + "in " + System.getProperty("user.dir") + " or any folder above it.");
        }
        root = dir;
    }

    @Benchmark
    public int validateBlogSchema() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(root.resolve("bin/prisma4j").toString(), "validate", "--schema", schema)
                .directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("bin/prisma4j validate --schema " + schema + " exited with " + exit);
        }
        return exit;
    }
}
