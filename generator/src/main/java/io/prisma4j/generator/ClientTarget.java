package io.prisma4j.generator;

import io.prisma4j.schema.env.Env;
import io.prisma4j.schema.model.Generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the client of one generator block goes: the source root, the package, and the schema folder the
 * client resolves relative paths against.
 * <ul>
 *   <li>{@code package = "com.example.db"} names the package; {@code output} is then the source root.</li>
 *   <li>Without {@code package}, an {@code output} with a {@code java} folder in it is a package folder
 *       under a source root: {@code output = "../src/main/java/com/example/db"} is package
 *       {@code com.example.db} in {@code src/main/java}.</li>
 *   <li>Any other {@code output} is the source root and its folder name gives the package:
 *       {@code output = "../generated/client-mysql"} is package {@code prisma.client_mysql}, so two
 *       schemas with two outputs give two clients that live side by side.</li>
 *   <li>Without {@code output}: package {@code prisma.client} in {@code target/generated-sources/prisma4j}
 *       of the project.</li>
 * </ul>
 * {@code output} is relative to the schema's folder, as in Prisma.
 *
 * @param generator       the generator block's name ({@code client})
 * @param sourceRoot      the folder the package folders go under
 * @param packageName     the client's Java package
 * @param schemaDirectory the schema's folder relative to the project root ({@code ""} for the root itself)
 * @param jsProvider      the block asks for Prisma Client JS, which prisma4j answers with the Java client
 */
public record ClientTarget(String generator, Path sourceRoot, String packageName, String schemaDirectory,
                           boolean jsProvider) {
    /** The provider a Java generator block names. */
    public static final String PROVIDER = "prisma4j";
    /** JavaScript client providers whose blocks also get the Java client (the tutorial's schemas use them). */
    public static final Set<String> JS_PROVIDERS = Set.of("prisma-client-js", "prisma-client");
    public static final String DEFAULT_PACKAGE = "prisma.client";
    public static final Path DEFAULT_SOURCE_ROOT = Path.of("target", "generated-sources", "prisma4j");

    /** The folder the client's files are written to. */
    public Path packageDirectory() {
        return sourceRoot.resolve(packageName.replace('.', '/'));
    }

    /** Whether a generator block asks for a client prisma4j generates. */
    public static boolean isClientGenerator(Generator generator) {
        String provider = providerOf(generator);
        return provider.equals(PROVIDER) || JS_PROVIDERS.contains(provider);
    }

    static String providerOf(Generator generator) {
        return generator.provider() == null || generator.provider().literal() == null ? ""
                : generator.provider().literal().toLowerCase(Locale.ROOT);
    }

    /**
     * The target of every client generator block of the schema.
     *
     * @param generators   the schema's generator blocks
     * @param schemaFile   the schema file (or folder)
     * @param projectRoot  the project's folder (defaults and the schema folder are relative to it)
     * @param sourceRoot   a source root that replaces the blocks' (the Maven plugin's), or null
     * @param packageName  a package that replaces the blocks' (when there is one block), or null
     */
    public static List<ClientTarget> resolve(List<Generator> generators, Path schemaFile, Path projectRoot,
                                             Path sourceRoot, String packageName) {
        return resolve(generators, schemaFile, projectRoot, sourceRoot, packageName, null);
    }

    /**
     * The same, with {@code defaultSourceRoot} for the blocks without {@code output} (a build tool's
     * generated-sources folder; null: {@code target/generated-sources/prisma4j} of the project).
     */
    public static List<ClientTarget> resolve(List<Generator> generators, Path schemaFile, Path projectRoot,
                                             Path sourceRoot, String packageName, Path defaultSourceRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path defaultRoot = defaultSourceRoot != null ? defaultSourceRoot : root.resolve(DEFAULT_SOURCE_ROOT);
        Path schemaPath = schemaFile.toAbsolutePath().normalize();
        Path schemaDir = java.nio.file.Files.isDirectory(schemaPath) ? schemaPath : schemaPath.getParent();
        String relativeSchemaDir = schemaDir.startsWith(root) ? root.relativize(schemaDir).toString().replace('\\', '/')
                : schemaDir.toString();
        List<ClientTarget> targets = new ArrayList<>();
        for (Generator generator : generators) {
            if (!isClientGenerator(generator)) {
                continue;
            }
            String configuredPackage = packageName != null ? packageName : generator.config().get("package");
            Optional<Path> output = generator.outputValue().flatMap(v -> v.resolve(Env.system()))
                    .map(o -> schemaDir.resolve(o).normalize());
            Path targetRoot;
            String targetPackage;
            if (configuredPackage != null) {
                if (!Naming.isPackageName(configuredPackage)) {
                    throw new IllegalArgumentException("Generator \"" + generator.name() + "\": package = \""
                            + configuredPackage + "\" is not a Java package name (e.g. com.example.db).");
                }
                targetPackage = configuredPackage;
                targetRoot = sourceRoot != null ? sourceRoot : output.orElse(defaultRoot);
            } else if (output.isPresent()) {
                Path out = output.get();
                int java = javaSegment(out);
                if (java >= 0 && java < out.getNameCount() - 1) {
                    targetRoot = out.getRoot().resolve(out.subpath(0, java + 1));
                    List<String> segments = new ArrayList<>();
                    for (int i = java + 1; i < out.getNameCount(); i++) {
                        segments.add(Naming.packageSegment(out.getName(i).toString()));
                    }
                    targetPackage = String.join(".", segments);
                } else {
                    targetRoot = out;
                    targetPackage = "prisma." + Naming.packageSegment(out.getFileName().toString());
                }
                if (sourceRoot != null) {
                    targetRoot = sourceRoot;
                }
            } else {
                targetRoot = sourceRoot != null ? sourceRoot : defaultRoot;
                targetPackage = DEFAULT_PACKAGE;
            }
            targets.add(new ClientTarget(generator.name(), targetRoot, targetPackage, relativeSchemaDir,
                    JS_PROVIDERS.contains(providerOf(generator))));
        }
        return targets;
    }

    private static int javaSegment(Path path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (path.getName(i).toString().equals("java")) {
                return i;
            }
        }
        return -1;
    }
}
