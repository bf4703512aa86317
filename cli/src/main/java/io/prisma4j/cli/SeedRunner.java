package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.MigrateProject;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs the seed command. A Java project has no {@code package.json}, so the command is read, in order, from
 * the environment variable {@code PRISMA4J_SEED}, then the {@code seed} key of {@code prisma4j.properties} in
 * the working directory, e.g. {@code seed=mvn -q compile exec:java -Dexec.mainClass=com.example.Seed}. It runs
 * through the system shell in the working directory, with the project's environment.
 */
final class SeedRunner {
    static final String PROPERTIES = "prisma4j.properties";

    private SeedRunner() {
    }

    static Optional<String> command() {
        String fromEnv = System.getenv("PRISMA4J_SEED");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        Path file = Path.of(System.getProperty("user.dir")).resolve(PROPERTIES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new MigrateException(null, "Could not read " + file + ": " + e.getMessage());
        }
        return Optional.ofNullable(properties.getProperty("seed")).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Runs the seed command if one is configured; {@code explicit} ({@code db seed}) says so when none is.
     * Returns the exit code.
     */
    static int runIfConfigured(MigrateProject project, Console console, boolean explicit) {
        Optional<String> command = command();
        if (command.isEmpty()) {
            if (explicit) {
                console.print("⚠️ No seed command configured\n\nTo seed your database, set the command in " + PROPERTIES
                        + " in your project folder, e.g.\n\n  seed=mvn -q compile exec:java -Dexec.mainClass=com.example."
                        + "Seed\n\nor in the PRISMA4J_SEED environment variable.\n");
            }
            return 0;
        }
        console.print("\nRunning seed command `" + command.get() + "` ...\n");
        int exit;
        try {
            boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
            List<String> argv = windows ? List.of("cmd", "/c", command.get()) : List.of("sh", "-c", command.get());
            exit = new ProcessBuilder(argv).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new MigrateException(null, "An error occurred while running the seed command:\n" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException(null, "The seed command was interrupted.");
        }
        if (exit != 0) {
            throw new MigrateException(null, "An error occurred while running the seed command:\nError: Command failed "
                    + "with exit code " + exit + ": " + command.get());
        }
        console.print("\n🌱  The seed command has been executed.\n");
        return 0;
    }
}
