package io.prisma4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code prisma4j generate}: the Java client of every client generator block, and {@code --watch}. */
class GenerateCommandTest {
    private static final String SCHEMA = """
            generator client {
              provider = "%s"
              output   = "../generated"
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
    Path project;

    private Path schema(String provider) throws IOException {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, SCHEMA.formatted(provider));
        return schema;
    }

    @Test
    void generatesTheJavaClientIntoTheGeneratorsOutput() throws IOException {
        Path schema = schema("prisma4j");
        CliRun run = CliRun.of("generate", "--schema", schema.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path client = project.resolve("generated/prisma/generated");
        assertThat(client.resolve("User.java")).exists();
        assertThat(client.resolve("PrismaClient.java")).exists();
        assertThat(run.out()).startsWith("Prisma schema loaded from ")
                .contains("✔ Generated Prisma Client (Java, prisma4j ")
                .contains("(package prisma.generated) in ")
                .contains("import prisma.generated.PrismaClient;")
                .doesNotContain("Prisma Client JS");
    }

    @Test
    void theTutorialsJavaScriptGeneratorGetsTheJavaClientAndSaysSo() throws IOException {
        CliRun run = CliRun.of("generate", "--schema", schema("prisma-client-js").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsOnlyOnce("Generator \"client\" asks for Prisma Client JS: prisma4j generates the "
                + "Java client for it");
        assertThat(project.resolve("generated/prisma/generated/User.java")).exists();
    }

    @Test
    void anInvalidSchemaPrintsItsErrors() throws IOException {
        Path schema = schema("prisma4j");
        Files.writeString(schema, Files.readString(schema).replace("email String @unique", "email Strin @unique"));
        CliRun run = CliRun.of("generate", "--schema", schema.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Type \"Strin\" is neither a built-in type, nor refers to another model");
    }

    @Test
    void aSchemaWithoutGeneratorsGeneratesNothing() throws IOException {
        Path schema = schema("prisma4j");
        Files.writeString(schema, Files.readString(schema).replaceAll("(?s)generator client \\{.*?}\\n", ""));
        CliRun run = CliRun.of("generate", "--schema", schema.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("You don't have any generators defined in your schema.prisma, so nothing will be "
                + "generated.");
    }

    @Test
    void dbPushRunsTheGeneratorsUnlessToldNotTo() throws IOException {
        Path schema = schema("prisma4j");
        CliRun skipped = CliRun.of("db", "push", "--skip-generate", "--schema", schema.toString());
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(project.resolve("generated")).doesNotExist();

        Files.writeString(schema, Files.readString(schema) + "\nmodel Post {\n  id Int @id\n}\n");
        CliRun push = CliRun.of("db", "push", "--schema", schema.toString());
        assertThat(push.exitCode()).as(push.toString()).isZero();
        assertThat(push.out()).contains("Running generate... (Use --skip-generate to skip the generators)")
                .contains("✔ Generated Prisma Client (Java, prisma4j ");
        assertThat(project.resolve("generated/prisma/generated/Post.java")).exists();
    }

    @Test
    void watchRegeneratesAfterEachChangeUntilInterrupted() throws Exception {
        Path schema = schema("prisma4j");
        Thread watcher = new Thread(() -> PrismaCli.run("generate", "--watch", "--schema", schema.toString()));
        watcher.start();
        try {
            Path client = project.resolve("generated/prisma/generated/PrismaClient.java");
            await(() -> Files.exists(project.resolve("generated/prisma/generated/User.java")));
            Files.writeString(schema, Files.readString(schema) + "\nmodel Post {\n  id Int @id\n}\n");
            // The client is rewritten in place: read it until the regeneration has finished writing it.
            await(() -> Files.exists(client) && Files.readString(client).contains("public final Post.Delegate post;"));
            assertThat(project.resolve("generated/prisma/generated/Post.java")).exists();
        } finally {
            watcher.interrupt();
            watcher.join(Duration.ofSeconds(30).toMillis());
        }
        assertThat(watcher.isAlive()).as("generate --watch stops when interrupted").isFalse();
    }

    /** What the watcher should bring about. */
    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Waits (up to a generous limit, for slow machines) until {@code condition} holds. */
    private static void await(Condition condition) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.holds() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(condition.holds()).as("the watcher regenerated the client within a minute").isTrue();
    }
}
