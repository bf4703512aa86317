package io.prisma4j.schema;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.format.FormattedSchema;
import io.prisma4j.schema.format.SchemaFormatter;
import io.prisma4j.schema.parser.SchemaParser;
import io.prisma4j.schema.validation.SchemaValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Front door of the schema module: read, parse and validate {@code schema.prisma} (or a folder of
 * {@code .prisma} files) into a {@link ParsedSchema}, whose {@code dataModel()} is what every other
 * part of prisma4j works from; or format it as {@code prisma format} does.
 * <pre>{@code
 * DataModel model = PrismaSchema.load(Path.of("prisma/schema.prisma")).dataModel();
 * }</pre>
 */
public final class PrismaSchema {
    private PrismaSchema() {
    }

    /** Parses and validates schema text, reported as the file {@code schema.prisma}. */
    public static ParsedSchema parse(String text) {
        return parse(SchemaFiles.single("schema.prisma", text));
    }

    /** Parses and validates the given files as one schema. */
    public static ParsedSchema parse(SchemaFiles files) {
        Diagnostics diagnostics = new Diagnostics();
        SchemaAst ast = SchemaParser.parse(files, diagnostics);
        SchemaValidator.validate(ast, diagnostics);
        return new ParsedSchema(files, ast, diagnostics);
    }

    /**
     * Formats schema text as {@code prisma format} does, reported as the file {@code schema.prisma}.
     * {@code format(text).text()} is the formatted schema; check {@code isValid()} before using it.
     */
    public static FormattedSchema format(String text) {
        return format(SchemaFiles.single("schema.prisma", text));
    }

    /** Formats every file of a schema and validates the result (see {@link FormattedSchema}). */
    public static FormattedSchema format(SchemaFiles files) {
        return SchemaFormatter.format(files);
    }

    /** Reads and parses a schema file, or every {@code .prisma} file under a folder (multi-file schema). */
    public static ParsedSchema load(Path path) {
        return parse(read(path));
    }

    /**
     * Reads a schema file, or every {@code .prisma} file under a folder as one multi-file schema. A
     * folder is read depth-first, each folder's entries in byte order of their names ({@code sub/a.prisma}
     * comes before {@code sub.prisma}), which is the order Prisma reads them in and so the order its
     * diagnostics follow. Paths in diagnostics are shown as given.
     */
    public static SchemaFiles read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<SourceFile> files = new ArrayList<>();
                readFolder(path, files);
                return new SchemaFiles(files);
            }
            return SchemaFiles.single(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the schema at " + path + ": " + e.getMessage(), e);
        }
    }

    private static void readFolder(Path folder, List<SourceFile> files) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8),
                    Arrays::compareUnsigned)).toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                readFolder(entry, files);
            } else if (entry.getFileName().toString().endsWith(".prisma") && Files.isRegularFile(entry)) {
                files.add(new SourceFile(entry.toString(), Files.readString(entry)));
            }
        }
    }
}
