package io.prisma4j.maven;

import io.prisma4j.migrate.project.Console;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrateDeployMojoTest {
    @TempDir
    Path basedir;

    @Test
    void appliesThePendingMigrationsOnce() throws Exception {
        Path prisma = Files.createDirectories(basedir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), """
                datasource db {
                  provider = "sqlite"
                  url      = env("DATABASE_URL")
                }

                model User {
                  id    Int    @id @default(autoincrement())
                  email String @unique
                }
                """);
        Path migration = Files.createDirectories(prisma.resolve("migrations/20240101000000_init"));
        Files.writeString(prisma.resolve("migrations/migration_lock.toml"), "provider = \"sqlite\"\n");
        Files.writeString(migration.resolve("migration.sql"), """
                -- CreateTable
                CREATE TABLE "User" (
                    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    "email" TEXT NOT NULL
                );
                """);
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE)) {
            StringBuilder output = new StringBuilder();
            List<String> applied = MigrateDeployMojo.deploy(prisma.resolve("schema.prisma"), basedir, db.url(),
                    Console.silent(output));
            assertThat(applied).containsExactly("20240101000000_init");
            assertThat(output).contains("All migrations have been successfully applied.");
            assertThat(MigrateDeployMojo.deploy(prisma.resolve("schema.prisma"), basedir, db.url(), Console.silent(output)))
                    .isEmpty();
            try (Connection connection = db.connect();
                 ResultSet tables = connection.getMetaData().getTables(null, null, "User", null)) {
                assertThat(tables.next()).isTrue();
            }
        }
    }
}
