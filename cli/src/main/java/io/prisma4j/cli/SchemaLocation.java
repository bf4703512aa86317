package io.prisma4j.cli;

import io.prisma4j.schema.env.Env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the schema the way Prisma does when {@code --schema} is not given: {@code schema.prisma}, then
 * {@code prisma/schema.prisma}, then a {@code prisma/schema/} folder (multi-file), all relative to the
 * working directory. Also loads {@code .env} for {@code env("...")}.
 */
public final class SchemaLocation {
    private static final List<String> CANDIDATES = List.of("schema.prisma", "prisma/schema.prisma", "prisma/schema");

    private SchemaLocation() {
    }

    /** The schema path: {@code explicit} if given, else the first default location that exists. */
    public static Optional<Path> find(Path explicit) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Path cwd = workingDirectory();
        for (String candidate : CANDIDATES) {
            Path path = cwd.resolve(candidate);
            if (Files.exists(path)) {
                return Optional.of(cwd.relativize(path));
            }
        }
        return Optional.empty();
    }

    /** The message when no schema can be found, naming where we looked and what to do. */
    public static String notFoundMessage() {
        return "Could not find Prisma Schema that is required for this command.\n"
                + "You can either provide it with `--schema` argument, set it as `prisma.schema` in your "
                + "package.json or put it into the default location.\n"
                + "Checked following paths:\n\n"
                + "schema.prisma: file not found\n"
                + "prisma/schema.prisma: file not found\n"
                + "prisma/schema: directory not found\n\n"
                + "See also https://pris.ly/d/prisma-schema-location";
    }

    /**
     * The environment for {@code env("...")}: the process environment plus the {@code .env} next to the
     * schema's project (the working directory, then the schema's folder).
     */
    public static Env environment(Path schema) {
        Path cwd = workingDirectory();
        Path schemaDir = schema == null ? null : schema.toAbsolutePath().getParent();
        return Env.withDotEnv(cwd.resolve(".env"), schemaDir == null ? null : schemaDir.resolve(".env"));
    }

    /** A schema path as Prisma shows it in its messages: relative to the working directory. */
    public static String display(Path schema) {
        Path cwd = workingDirectory();
        return cwd.relativize(cwd.resolve(schema).normalize()).toString();
    }

    static Path workingDirectory() {
        return Path.of(System.getProperty("user.dir"));
    }
}
