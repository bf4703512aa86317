package io.prisma4j.maven;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.SchemaValidationException;
import io.prisma4j.schema.model.DataModel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a project's schema is when the plugin is not told (where Prisma looks, from the project's folder),
 * and its data model.
 */
final class SchemaFiles {
    private static final List<String> CANDIDATES = List.of("prisma/schema.prisma", "schema.prisma", "prisma/schema");

    private SchemaFiles() {
    }

    /** The data model of the schema at {@code schema}; an invalid schema is reported with its errors. */
    static DataModel load(Path schema) {
        try {
            return PrismaSchema.load(schema).dataModel();
        } catch (SchemaValidationException e) {
            throw new IllegalArgumentException("The Prisma schema " + schema + " is not valid:\n" + e.getMessage(), e);
        }
    }

    static Path find(File configured, Path basedir) {
        if (configured != null) {
            Path path = configured.toPath();
            return path.isAbsolute() ? path : basedir.resolve(path);
        }
        for (String candidate : CANDIDATES) {
            Path path = basedir.resolve(candidate);
            if (Files.exists(path)) {
                return path;
            }
        }
        throw new IllegalArgumentException("No Prisma schema in " + basedir + ": looked for prisma/schema.prisma, "
                + "schema.prisma and prisma/schema/. Create one (prisma4j init), or set <schema> in the plugin's "
                + "configuration.");
    }
}
