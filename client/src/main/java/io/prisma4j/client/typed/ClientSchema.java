package io.prisma4j.client.typed;

import io.prisma4j.client.PrismaClient;
import io.prisma4j.client.PrismaClientInitializationException;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.SchemaValidationException;
import io.prisma4j.schema.model.DataModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The schema a generated client was generated from, carried in the client itself (so the application
 * needs no schema file at run time): its text, the folder it was in relative to the project (where a
 * relative SQLite path and {@code .env} are resolved), and its fingerprint.
 */
public final class ClientSchema {
    private final String text;
    private final String directory;
    private final String fingerprint;

    /**
     * @param text        the schema text
     * @param directory   the schema's folder relative to the project root ({@code "prisma"}), or {@code ""}
     * @param fingerprint {@link SchemaFingerprint#of} of the schema
     */
    public ClientSchema(String text, String directory, String fingerprint) {
        this.text = text;
        this.directory = directory;
        this.fingerprint = fingerprint;
    }

    public String text() {
        return text;
    }

    /** Connects a dynamic client for this schema with the caller's options. */
    public PrismaClient connect(Consumer<ClientOptions> configure) {
        ClientOptions options = new ClientOptions();
        if (configure != null) {
            configure.accept(options);
        }
        PrismaClient.Builder builder = PrismaClient.builder();
        Path base = options.baseDirectory();
        if (options.schema() != null) {
            DataModel model = load(options.schema());
            builder.dataModel(model);
            if (base == null) {
                Path absolute = options.schema().toAbsolutePath();
                base = Files.isDirectory(absolute) ? absolute : absolute.getParent();
            }
        } else {
            builder.schemaText(text);
            if (base == null) {
                Path folder = Path.of(directory.isEmpty() ? "." : directory);
                base = Files.isDirectory(folder) ? folder : Path.of(".");
            }
        }
        builder.baseDirectory(base);
        if (options.datasourceUrl() != null) {
            builder.datasourceUrl(options.datasourceUrl());
        }
        builder.env(options.env());
        builder.log(options.log().toArray(new io.prisma4j.client.LogLevel[0]));
        return builder.build();
    }

    private DataModel load(Path schema) {
        DataModel model;
        try {
            model = PrismaSchema.load(schema).dataModel();
        } catch (SchemaValidationException e) {
            throw new PrismaClientInitializationException("P1012", "Prisma schema validation failed:\n" + e.getMessage(), e);
        }
        if (!SchemaFingerprint.of(model).equals(fingerprint)) {
            DataModel generated = PrismaSchema.parse(text).dataModel();
            throw new PrismaClientInitializationException(null, "The schema " + schema + " does not match the one this "
                    + "client was generated from: its models, fields or enums differ.\nGenerated from:\n"
                    + SchemaFingerprint.describe(generated) + "Given:\n" + SchemaFingerprint.describe(model)
                    + "Regenerate the client from this schema, or use a schema with the same models.", null);
        }
        return model;
    }
}
