package io.prisma4j.maven;

import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateMojoTest {
    private static final String SCHEMA = """
            generator client {
              provider = "prisma4j"
              package  = "com.example.db"
            }

            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    @TempDir
    Path basedir;

    private GenerateMojo mojo() throws IOException {
        Files.createDirectories(basedir.resolve("prisma"));
        Files.writeString(basedir.resolve("prisma/schema.prisma"), SCHEMA);
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        project.setBuild(build);
        GenerateMojo mojo = new GenerateMojo();
        mojo.project = project;
        mojo.outputDirectory = basedir.resolve("target/generated-sources/prisma4j").toFile();
        return mojo;
    }

    @Test
    void generatesIntoGeneratedSourcesAndAddsThemToTheCompilePath() throws Exception {
        GenerateMojo mojo = mojo();
        mojo.execute();
        Path sources = basedir.resolve("target/generated-sources/prisma4j");
        assertThat(sources.resolve("com/example/db/User.java")).exists();
        assertThat(sources.resolve("com/example/db/PrismaClient.java")).exists();
        assertThat(mojo.project.getCompileSourceRoots()).contains(sources.toString());
    }

    @Test
    void regeneratesOnlyWhenTheSchemaChanged() throws Exception {
        GenerateMojo mojo = mojo();
        mojo.execute();
        Path client = basedir.resolve("target/generated-sources/prisma4j/com/example/db/PrismaClient.java");
        FileTime untouched = FileTime.fromMillis(0);
        Files.setLastModifiedTime(client, untouched);
        Files.writeString(client, Files.readString(client) + "// edited\n");
        Files.setLastModifiedTime(client, untouched);

        mojo().execute();
        assertThat(Files.readString(client)).as("unchanged schema: nothing regenerated").endsWith("// edited\n");

        Files.writeString(basedir.resolve("prisma/schema.prisma"), SCHEMA + "\nmodel Post {\n  id Int @id\n}\n");
        GenerateMojo again = new GenerateMojo();
        again.project = mojo.project;
        again.outputDirectory = mojo.outputDirectory;
        again.execute();
        assertThat(Files.readString(client)).doesNotEndWith("// edited\n").contains("public final Post.Delegate post;");
        assertThat(again.project.getCompileSourceRoots()).hasSize(1);
    }

    @Test
    void anInvalidSchemaFailsTheBuildWithItsErrors() throws Exception {
        GenerateMojo mojo = mojo();
        Files.writeString(basedir.resolve("prisma/schema.prisma"), SCHEMA.replace("String @unique", "Strin @unique"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("is not valid")
                .hasMessageContaining("Type \"Strin\" is neither a built-in type, nor refers to another model");
    }

    @Test
    void aProjectWithoutSchemaIsToldWhereTheSchemaIsLookedFor() throws Exception {
        GenerateMojo mojo = mojo();
        Files.delete(basedir.resolve("prisma/schema.prisma"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("looked for prisma/schema.prisma, schema.prisma and prisma/schema/");
    }

    @Test
    void skipDoesNothing() throws Exception {
        GenerateMojo mojo = mojo();
        mojo.skip = true;
        mojo.execute();
        assertThat(basedir.resolve("target/generated-sources")).doesNotExist();
    }
}
