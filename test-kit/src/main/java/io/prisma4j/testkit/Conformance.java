package io.prisma4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the conformance corpus (outputs recorded from real Prisma). Its place is the system property
 * or environment variable {@code PRISMA4J_CONFORMANCE}, else {@code ../shared/conformance} next to the
 * repository (found by walking up from the working directory).
 */
public final class Conformance {
    private Conformance() {
    }

    public static Path root() {
        String configured = System.getProperty("PRISMA4J_CONFORMANCE", System.getenv("PRISMA4J_CONFORMANCE"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/conformance").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("The conformance corpus was not found: set PRISMA4J_CONFORMANCE to its "
                + "folder, or place it at ../shared/conformance next to the repository.");
    }

    /** A category's folder ({@code validate}, {@code format}, {@code migrate}, {@code queries}, {@code schemas}). */
    public static Path category(String name) {
        return root().resolve(name);
    }

    /** The sub-folders (cases) of a category, sorted by name. */
    public static List<Path> cases(String category) {
        try (Stream<Path> list = Files.list(category(category))) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .prisma} file of {@code schemas/}, sorted by name. */
    public static List<Path> schemas() {
        try (Stream<Path> list = Files.list(category("schemas"))) {
            return list.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
