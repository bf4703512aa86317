package io.prisma4j.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;

/**
 * What every goal shares: the project, where its schema is, {@code skip}, and a mistake in the
 * project's setup (no schema, an invalid one) failing the build with its explanation.
 */
abstract class PrismaMojo extends AbstractMojo {
    private final String goal;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The schema file or folder; default: {@code prisma/schema.prisma}, {@code schema.prisma}, {@code prisma/schema/}. */
    @Parameter(property = "prisma4j.schema")
    File schema;

    @Parameter(property = "prisma4j.skip", defaultValue = "false")
    boolean skip;

    PrismaMojo(String goal) {
        this.goal = goal;
    }

    @Override
    public final void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping prisma4j:" + goal);
            return;
        }
        Path basedir = project.getBasedir().toPath();
        try {
            execute(SchemaFiles.find(schema, basedir), basedir);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Runs the goal on the project's schema. */
    abstract void execute(Path schemaPath, Path basedir) throws MojoExecutionException;
}
