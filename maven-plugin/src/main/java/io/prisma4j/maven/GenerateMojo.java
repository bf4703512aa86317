package io.prisma4j.maven;

import io.prisma4j.generator.GeneratedClient;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code prisma4j:generate}: generates the Java client of the project's Prisma schema into
 * {@code target/generated-sources/prisma4j} (or the generator block's {@code output}) and adds it to the
 * compile path. Generation is skipped when the schema has not changed since the last run.
 * <pre>{@code
 * <plugin>
 *   <groupId>io.prisma4j</groupId>
 *   <artifactId>prisma4j-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends PrismaMojo {

    /** Where a client without {@code output} in its generator block goes. */
    @Parameter(property = "prisma4j.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/prisma4j")
    File outputDirectory;

    /** A Java package for the client, replacing the generator block's. */
    @Parameter(property = "prisma4j.package")
    String packageName;

    public GenerateMojo() {
        super("generate");
    }

    @Override
    void execute(Path schemaPath, Path basedir) throws MojoExecutionException {
        ClientSources.Outcome outcome;
        try {
            outcome = ClientSources.generate(schemaPath, basedir, outputDirectory.toPath(), packageName,
                    Path.of(project.getBuild().getDirectory(), "prisma4j"));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (Path root : outcome.sourceRoots()) {
            project.addCompileSourceRoot(root.toString());
        }
        if (outcome.upToDate()) {
            getLog().info("Prisma Client is up to date (the schema has not changed)");
        }
        for (GeneratedClient client : outcome.generated()) {
            getLog().info("Generated Prisma Client (package " + client.target().packageName() + ", " + client.files().size()
                    + " files) to " + client.target().sourceRoot() + " in " + client.millis() + "ms");
        }
    }
}
