package io.prisma4j.maven;

import io.prisma4j.generator.ClientGenerator;
import io.prisma4j.generator.ClientTarget;
import io.prisma4j.generator.GeneratedClient;
import io.prisma4j.schema.model.DataModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code generate} goal without Maven: generates the client of each client generator block, unless
 * the schema (and the generator's settings) are what the last generation used, which a stamp file in
 * the build folder records.
 */
final class ClientSources {

    /**
     * What happened.
     *
     * @param sourceRoots the folders to compile
     * @param generated   the clients written (empty when up to date)
     */
    record Outcome(List<Path> sourceRoots, List<GeneratedClient> generated) {
        boolean upToDate() {
            return generated.isEmpty();
        }
    }

    private ClientSources() {
    }

    /**
     * @param schema          the schema file or folder
     * @param basedir         the project's folder
     * @param outputDirectory where clients without {@code output} go
     * @param packageName     a package replacing the generator block's, or null
     * @param stampDirectory  where the stamp of the last generation is kept
     */
    static Outcome generate(Path schema, Path basedir, Path outputDirectory, String packageName, Path stampDirectory) {
        String text = ClientGenerator.readSchema(schema);
        DataModel dataModel = SchemaFiles.load(schema);
        List<ClientTarget> targets = ClientTarget.resolve(dataModel.generators(), schema, basedir, null, packageName,
                outputDirectory);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("The schema " + schema + " has no client generator block. Add one:\n\n"
                    + "generator client {\n  provider = \"" + ClientTarget.PROVIDER + "\"\n}\n");
        }
        List<Path> roots = targets.stream().map(ClientTarget::sourceRoot).distinct().toList();
        String fingerprint = fingerprint(text, targets);
        Path stamp = stampDirectory.resolve("generate-" + fingerprint(schema.toAbsolutePath().toString(), List.of())
                .substring(0, 16) + ".sha256");
        if (upToDate(stamp, fingerprint, targets)) {
            return new Outcome(roots, List.of());
        }
        List<GeneratedClient> written = new ArrayList<>();
        for (ClientTarget target : targets) {
            written.add(ClientGenerator.write(dataModel, text, target));
        }
        try {
            Files.createDirectories(stampDirectory);
            Files.writeString(stamp, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + stamp + ": " + e.getMessage(), e);
        }
        return new Outcome(roots, written);
    }

    private static boolean upToDate(Path stamp, String fingerprint, List<ClientTarget> targets) {
        try {
            return Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)
                    && targets.stream().allMatch(t -> Files.exists(t.packageDirectory().resolve("PrismaClient.java")));
        } catch (IOException e) {
            return false;
        }
    }

    /** The schema text, the targets and the generator's version: what the generated sources depend on. */
    private static String fingerprint(String text, List<ClientTarget> targets) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            for (ClientTarget target : targets) {
                digest.update((target + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String version = ClientGenerator.class.getPackage().getImplementationVersion();
            digest.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
