package io.prisma4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code prisma4j validate}: exit codes, and what goes to standard output and standard error. */
class ValidateCommandTest {
    private static final String DATASOURCE = "datasource db {\n  provider = \"postgresql\"\n}\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void validSchemaExitsZeroWithTheSuccessLineOnStandardOutput() throws IOException {
        Path schema = write("schema.prisma", DATASOURCE + "model User {\n  id Int @id\n}\n");

        CliRun run = CliRun.of("validate", "--schema", schema.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("The schema at " + SchemaLocation.display(schema) + " is valid \uD83D\uDE80\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void invalidSchemaExitsOneWithTheErrorBlockOnStandardError() throws IOException {
        Path schema = write("schema.prisma", DATASOURCE + "model User {\n  id    Int @id\n  posts Post[]\n}\n");

        CliRun run = CliRun.of("validate", "--schema", schema.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                Error: Prisma schema validation - (validate)
                Error code: P1012
                error: Type "Post" is neither a built-in type, nor refers to another model, composite type, or enum.
                  -->  %s:6
                   | \n\
                 5 |   id    Int @id
                 6 |   posts Post[]
                   | \n\

                Validation Error Count: 1
                [Context: validate]
                """.formatted(schema));
    }

    @Test
    void warningsGoToStandardErrorEvenWhenTheSchemaIsValid() throws IOException {
        Path schema = write("schema.prisma", """
                datasource db {
                  provider     = "postgresql"
                  relationMode = "prisma"
                }
                model User {
                  id    Int    @id
                  posts Post[]
                }
                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);

        CliRun run = CliRun.of("validate", "--schema", schema.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).startsWith("Prisma schema warning:\n- With `relationMode = \"prisma\"`, no foreign keys are used");
        assertThat(run.out()).endsWith("is valid \uD83D\uDE80\n");
    }

    @Test
    void folderIsOneMultiFileSchemaNamedInThePlural() throws IOException {
        write("schema/schema.prisma", DATASOURCE);
        write("schema/models/user.prisma", "model User {\n  id    Int    @id\n  posts Post[]\n}\n");
        write("schema/models/post.prisma",
                "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n");
        Path folder = dir.resolve("schema");

        CliRun run = CliRun.of("validate", "--schema", folder.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("The schemas at " + SchemaLocation.display(folder) + " are valid \uD83D\uDE80\n");
    }

    @Test
    void errorsInAMultiFileSchemaNameTheirFile() throws IOException {
        write("schema/schema.prisma", DATASOURCE);
        write("schema/user.prisma", "model User {\n  id Int @id\n  id Int\n}\n");
        Path folder = dir.resolve("schema");

        CliRun run = CliRun.of("validate", "--schema", folder.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("error: Field \"id\" is already defined on model \"User\".\n  -->  "
                + folder.resolve("user.prisma") + ":3\n");
    }

    @Test
    void missingSchemaPathExitsOneAndSaysWhichPath() {
        Path missing = dir.resolve("nope.prisma");

        CliRun run = CliRun.of("validate", "--schema", missing.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: Could not load `--schema` from provided path `" + missing
                + "`: file or directory not found\n");
    }

    @Test
    void withoutSchemaOptionTheDefaultLocationsAreTriedInPrismasOrder() throws IOException {
        try (WorkingDirectory in = WorkingDirectory.enter(dir)) {
            assertThat(SchemaLocation.find(null)).isEmpty();
            write("prisma/schema/a.prisma", DATASOURCE);
            assertThat(SchemaLocation.find(null)).contains(Path.of("prisma/schema"));
            write("prisma/schema.prisma", DATASOURCE);
            assertThat(SchemaLocation.find(null)).contains(Path.of("prisma/schema.prisma"));
            write("schema.prisma", DATASOURCE);
            assertThat(SchemaLocation.find(null)).contains(Path.of("schema.prisma"));
        }
    }
}
