package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.diagnostics.ValidationReport;
import io.prisma4j.schema.env.Env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds, reads and validates the schema for a migrate or db command, and loads {@code .env}, printing what
 * it loaded as Prisma does ({@code Prisma schema loaded from prisma/schema.prisma}).
 */
final class ProjectLoader {
    private ProjectLoader() {
    }

    /** Thrown when the schema is invalid; the report was printed already. */
    static final class InvalidSchema extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static Path schemaPath(Path explicit) {
        Optional<Path> path = SchemaLocation.find(explicit);
        if (path.isEmpty()) {
            throw new MigrateException(null, SchemaLocation.notFoundMessage());
        }
        if (!Files.exists(path.get())) {
            throw new MigrateException(null, "Provided --schema at " + path.get() + " doesn't exist.");
        }
        return path.get();
    }

    static MigrateProject load(Path explicit, Console console) {
        Path path = schemaPath(explicit);
        return loadFrom(path, console);
    }

    static MigrateProject loadFrom(Path path, Console console) {
        Env env = environment(path, console);
        console.print("Prisma schema loaded from " + path + "\n");
        ParsedSchema parsed = PrismaSchema.load(path);
        if (!parsed.isValid()) {
            System.err.print(ValidationReport.render(parsed.files(), parsed.diagnostics(), path.toString()));
            throw new InvalidSchema();
        }
        return MigrateProject.of(path, parsed.dataModel(), env);
    }

    /** The environment for {@code env(...)}, saying which {@code .env} was read. */
    static Env environment(Path schema, Console console) {
        Path cwd = Path.of(System.getProperty("user.dir"));
        Path schemaDir = schema.toAbsolutePath().getParent();
        for (Path candidate : new Path[] {cwd.resolve(".env"), schemaDir == null ? null : schemaDir.resolve(".env")}) {
            if (candidate != null && Files.isRegularFile(candidate)) {
                Path shown = candidate.toAbsolutePath().startsWith(cwd.toAbsolutePath())
                        ? cwd.toAbsolutePath().relativize(candidate.toAbsolutePath()) : candidate;
                console.print("Environment variables loaded from " + shown + "\n");
                break;
            }
        }
        return SchemaLocation.environment(schema);
    }
}
