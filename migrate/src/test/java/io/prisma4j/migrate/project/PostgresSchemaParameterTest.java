package io.prisma4j.migrate.project;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL URL with {@code ?schema=app}: every command works in that schema, which is created when missing
 * (as Prisma's schema engine does on connecting); {@code public} is left alone.
 */
class PostgresSchemaParameterTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            enum Role {
              USER
              ADMIN
              GUEST
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
              role  Role   @default(USER)
              posts Post[]
            }

            model Post {
              id       Int    @id @default(autoincrement())
              title    String
              author   User   @relation(fields: [authorId], references: [id])
              authorId Int
            }
            """;

    @EachDatabase({DatabaseKind.POSTGRESQL})
    void everyCommandWorksInTheSchemaOfTheUrl(TestDatabase db) throws Exception {
        TestProject project = new TestProject(db).schemaText(SCHEMA);
        project.url = db.url() + (db.url().contains("?") ? "&" : "?") + "schema=app";

        assertThat(project.dev("init").created()).hasSize(1);
        Path init = project.dir.resolve("prisma/migrations").resolve(project.migrationNames().get(0));
        assertThat(Files.readString(init.resolve("migration.sql"))).doesNotContain("app").contains("CREATE TYPE \"Role\"");
        assertThat(tables(project, "app")).containsExactly("Post", "User", "_prisma_migrations");
        assertThat(tables(project, "public")).isEmpty();

        project.execute("INSERT INTO \"app\".\"User\" (email, role) VALUES ('ada@x.io', 'ADMIN')");
        project.schemaText(SCHEMA.replace("  GUEST\n", "").replace("  posts Post[]\n", "  posts Post[]\n  name  String?\n"));
        project.interactive = true;
        assertThat(project.dev("drop_guest").created()).hasSize(1);
        // As Prisma: only the DROP DEFAULT and DROP TYPE of an enum change name the schema.
        assertThat(Files.readString(project.dir.resolve("prisma/migrations").resolve(project.migrationNames().get(1))
                .resolve("migration.sql"))).contains("ALTER TABLE \"app\".\"User\" ALTER COLUMN \"role\" DROP DEFAULT;\n")
                .contains("DROP TYPE \"app\".\"Role_old\";\n").contains("ALTER TABLE \"User\" ADD COLUMN");
        assertThat(project.rows("SELECT email, role::text, name FROM \"app\".\"User\""))
                .containsExactly(List.of("ada@x.io", "ADMIN", "null"));
        assertThat(Status.run(project.project(), project.console())).isZero();
        assertThat(project.dev(null).created()).isEmpty();

        String pulled = Pull.run(project.project(), PrismaSchema.parse(Files.readString(project.dir.resolve(
                "prisma/schema.prisma"))), false).schema();
        assertThat(pulled).contains("enum Role {").contains("model User {").contains("model Post {")
                .doesNotContain("@@schema").doesNotContain("_prisma_migrations");

        assertThat(Reset.run(project.project(), true, project.console())).isZero();
        assertThat(tables(project, "app")).containsExactly("Post", "User", "_prisma_migrations");
        assertThat(project.rows("SELECT count(*) FROM \"app\".\"User\"")).containsExactly(List.of("0"));
        assertThat(tables(project, "public")).isEmpty();
    }

    private static List<String> tables(TestProject project, String schema) {
        return project.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                + "' ORDER BY table_name COLLATE \"C\"").stream().map(r -> r.get(0)).toList();
    }
}
