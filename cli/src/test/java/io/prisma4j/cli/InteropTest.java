package io.prisma4j.cli;

import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Blog project as Prisma itself migrated it (the corpus's {@code interop/}): prisma4j deploys Prisma's
 * migrations folder, and carries on with a database Prisma left behind without touching Prisma's rows.
 */
class InteropTest {

    private static Path copyProject(TestDatabase db) throws IOException {
        Path source = Conformance.category("interop").resolve("blog-" + db.provider());
        Path dir = Files.createTempDirectory("prisma4j-interop");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path schema = dir.resolve("schema.prisma");
        Files.writeString(schema, Files.readString(schema).replace("  provider = \"" + db.provider() + "\"\n",
                "  provider = \"" + db.provider() + "\"\n  url      = \"" + db.url() + "\"\n"));
        return schema;
    }

    private static String migrationName(Path schema) throws IOException {
        try (Stream<Path> list = Files.list(schema.resolveSibling("migrations"))) {
            return list.filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
        }
    }

    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.SQLITE})
    void prismasMigrationsFolderDeploysOntoAnEmptyDatabase(TestDatabase db) throws Exception {
        Path schema = copyProject(db);
        String name = migrationName(schema);
        String checksum = Files.readString(Conformance.category("interop").resolve("blog-" + db.provider())
                .resolve("prisma_migrations_rows.sql")).split("'")[3];

        CliRun deploy = CliRun.of("migrate", "deploy", "--schema", schema.toString());
        assertThat(deploy.exitCode()).as(deploy.toString()).isZero();

        assertThat(MigrateCliTest.column(db, "SELECT migration_name || ' ' || checksum FROM _prisma_migrations"))
                .containsExactly(name + " " + checksum);
        CliRun status = CliRun.of("migrate", "status", "--schema", schema.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("Database schema is up to date!");
    }

    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.SQLITE})
    void aDatabasePrismaLeftBehindTakesANewMigrationAndKeepsPrismasRow(TestDatabase db) throws Exception {
        Path schema = copyProject(db);
        Path interop = Conformance.category("interop").resolve("blog-" + db.provider());
        String name = migrationName(schema);
        db.execute(Files.readString(schema.resolveSibling("migrations").resolve(name).resolve("migration.sql")));
        db.execute(Files.readString(interop.resolve("prisma_migrations_table.sql")));
        db.execute(Files.readString(interop.resolve("prisma_migrations_rows.sql")));
        String prismasRow = "SELECT id || checksum || migration_name || started_at || finished_at || applied_steps_count "
                + "FROM _prisma_migrations WHERE migration_name = '" + name + "'";
        List<String> before = MigrateCliTest.column(db, prismasRow);

        CliRun status = CliRun.of("migrate", "status", "--schema", schema.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();

        Files.writeString(schema, Files.readString(schema).replace("  avatar    String?\n",
                "  avatar    String?\n  website   String?\n"));
        CliRun dev = CliRun.of("migrate", "dev", "--name", "add_website", "--schema", schema.toString());
        assertThat(dev.exitCode()).as(dev.toString()).isZero();
        assertThat(dev.out()).contains("_add_website/");

        assertThat(MigrateCliTest.column(db, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name"))
                .hasSize(2).first().isEqualTo(name);
        assertThat(MigrateCliTest.column(db, prismasRow)).isEqualTo(before);
        assertThat(CliRun.of("migrate", "status", "--schema", schema.toString()).exitCode()).isZero();
    }
}
