package io.prisma4j.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code prisma4j init} sets a project up as {@code prisma init} does, with the Java client's generator. */
class InitCommandTest {
    @TempDir
    Path project;
    private WorkingDirectory workingDirectory;

    @BeforeEach
    void enterProject() {
        workingDirectory = WorkingDirectory.enter(project);
    }

    @AfterEach
    void leaveProject() {
        workingDirectory.close();
    }

    @Test
    void createsTheSchemaTheEnvironmentAndTheGitignoreEntry() throws IOException {
        CliRun run = CliRun.of("init");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(project.resolve("prisma/schema.prisma"))).isEqualTo("""
                // This is your Prisma schema file,
                // learn more about it in the docs: https://pris.ly/d/prisma-schema

                generator client {
                  provider = "prisma4j"
                }

                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                }
                """);
        assertThat(Files.readString(project.resolve(".env")))
                .startsWith("# Environment variables declared in this file are automatically made available to Prisma.\n")
                .endsWith("\nDATABASE_URL=\"postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public\"\n");
        assertThat(Files.readString(project.resolve(".gitignore")))
                .isEqualTo("# Keep environment variables out of version control\n.env\n");
        assertThat(run.out()).isEqualTo("""

                ✔ Your Prisma schema was created at prisma/schema.prisma
                  You can now open it in your favorite editor.

                Next steps:
                1. Set the DATABASE_URL in the .env file to point to your existing database. If your database has no tables yet, read https://pris.ly/d/getting-started
                2. Set the provider of the datasource block in schema.prisma to match your database: postgresql, mysql, sqlite, sqlserver, mongodb or cockroachdb.
                3. Run prisma4j db pull to turn your database schema into a Prisma schema.
                4. Run prisma4j generate to generate the Prisma Client. You can then start querying your database.

                More information in our documentation:
                https://pris.ly/d/getting-started
                """);
    }

    @Test
    void theDatasourceProviderChoosesTheDefaultUrl() throws IOException {
        CliRun run = CliRun.of("init", "--datasource-provider", "sqlite");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(project.resolve("prisma/schema.prisma"))).contains("provider = \"sqlite\"");
        assertThat(Files.readString(project.resolve(".env"))).endsWith("DATABASE_URL=\"file:./dev.db\"\n");
        assertThat(run.out()).doesNotContain("Set the provider of the datasource block");
    }

    @Test
    void aUrlGivesTheProviderAndTheEnvironment() throws IOException {
        CliRun run = CliRun.of("init", "--url", "mysql://root@localhost:3306/shop");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(project.resolve("prisma/schema.prisma"))).contains("provider = \"mysql\"");
        assertThat(Files.readString(project.resolve(".env"))).endsWith("DATABASE_URL=\"mysql://root@localhost:3306/shop\"\n");
        assertThat(run.out()).contains("1. Run prisma4j db pull").doesNotContain("Set the DATABASE_URL");
    }

    @Test
    void anExistingGitignoreGetsTheEntryAndAnExistingEnvKeepsItsUrl() throws IOException {
        Files.writeString(project.resolve(".gitignore"), "target/");
        Files.writeString(project.resolve(".env"), "DATABASE_URL=\"file:./mine.db\"\n");
        CliRun run = CliRun.of("init", "--datasource-provider", "sqlite");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(project.resolve(".gitignore")))
                .isEqualTo("target/\n\n# Keep environment variables out of version control\n.env\n");
        assertThat(Files.readString(project.resolve(".env"))).isEqualTo("DATABASE_URL=\"file:./mine.db\"\n");
        assertThat(run.out()).contains("warn Prisma would have added DATABASE_URL but it already exists in .env");
    }

    @Test
    void aProjectWithAPrismaFolderIsLeftAlone() throws IOException {
        Files.createDirectories(project.resolve("prisma"));
        CliRun run = CliRun.of("init");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("A folder called prisma already exists in your project.\n"
                + "Please try again in a project that is not yet using Prisma.");
        assertThat(project.resolve(".env")).doesNotExist();
    }

    @Test
    void anUnknownProviderIsRefused() {
        CliRun run = CliRun.of("init", "--datasource-provider", "oracle");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Provider \"oracle\" is invalid or not supported. Try again with \"postgresql\", "
                + "\"mysql\", \"sqlite\", \"sqlserver\", \"mongodb\" or \"cockroachdb\".");
    }
}
