package io.prisma4j.generator;

import io.prisma4j.generator.compile.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientGeneratorTest {
    private static final String TRICKY = """
            generator client {
              provider = "prisma4j"
              package  = "tricky.client"
            }

            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            /// A list of things.
            /// Its text has */ and <b> and @tags in it.
            model List {
              id       Int       @id @default(autoincrement())
              /// The class of the list.
              class    String
              default  Int?
              toString String?
              status   Status    @default(default)
              items    Pending[]
            }

            model Pending {
              id     Int    @id @default(autoincrement())
              listId Int
              list   List   @relation(fields: [listId], references: [id])
              filter String
            }

            /// Where a list is.
            enum Status {
              default
              new
              ACTIVE
            }
            """;

    @TempDir
    Path project;

    private Path schema(String text) throws IOException {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, text);
        return schema;
    }

    private static List<Path> javaFiles(GeneratedClient client) {
        return client.files();
    }

    @Test
    void namesJavaCannotTakeAsTheyAreStillCompileWithoutWarnings() throws IOException {
        GeneratedClient client = ClientGenerator.generate(schema(TRICKY), project).get(0);
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(), javaFiles(client));
        assertThat(result.success()).as(result.messages()).isTrue();
        assertThat(result.errors()).isEmpty();

        String list = Files.readString(client.target().packageDirectory().resolve("List.java"));
        assertThat(list).contains("public String class_() {", "public Integer default_() {", "public String toString_() {");
        assertThat(Files.readString(client.target().packageDirectory().resolve("Status.java")))
                .contains("default_(\"default\")", "new_(\"new\")", "ACTIVE(\"ACTIVE\")");
    }

    @Test
    void schemaDocumentationBecomesJavadoc() throws IOException {
        GeneratedClient client = ClientGenerator.generate(schema(TRICKY), project).get(0);
        String list = Files.readString(client.target().packageDirectory().resolve("List.java"));
        assertThat(list).contains(" * A list of things.\n * Its text has *&#47; and &lt;b&gt; and {@literal @}tags in it.\n");
        assertThat(list).contains("    /**\n     * The class of the list.\n     */\n    public String class_() {");
        assertThat(Files.readString(client.target().packageDirectory().resolve("Status.java")))
                .contains(" * Where a list is.\n");
    }

    @Test
    void regeneratingRewritesOnlyWhatChangedAndRemovesWhatIsGone() throws IOException {
        Path schema = schema(TRICKY);
        GeneratedClient first = ClientGenerator.generate(schema, project).get(0);
        Path directory = first.target().packageDirectory();
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(directory.resolve("Status.java"), old);
        Path mine = Files.writeString(directory.resolve("Handwritten.java"), "package tricky.client;\nclass Handwritten {}\n");

        Files.writeString(schema, TRICKY.replace("  items    Pending[]\n", "").replace("""
                model Pending {
                  id     Int    @id @default(autoincrement())
                  listId Int
                  list   List   @relation(fields: [listId], references: [id])
                  filter String
                }
                """, ""));
        ClientGenerator.generate(schema, project);
        assertThat(directory.resolve("Pending.java")).doesNotExist();
        assertThat(mine).as("a file the generator did not write stays").exists();
        assertThat(Files.getLastModifiedTime(directory.resolve("Status.java"))).as("unchanged").isEqualTo(old);
        assertThat(Files.readString(directory.resolve("List.java"))).doesNotContain("Pending");
    }

    /** A class-file constant holds 65535 bytes at most: a big schema is embedded in pieces. */
    @Test
    void aLargeSchemaIsEmbeddedWhole() throws Exception {
        String big = TRICKY.replace("/// A list of things.", "/// " + "Ünïcødé text that makes the schema long. ".repeat(1500));
        GeneratedClient client = ClientGenerator.generate(schema(big), project).get(0);
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(), javaFiles(client));
        assertThat(result.success()).as(result.messages()).isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()},
                getClass().getClassLoader())) {
            Object text = loader.loadClass("tricky.client.PrismaClient").getMethod("schema").invoke(null);
            assertThat(text).isEqualTo(big);
        }
    }

    @Test
    void aSchemaWithoutAClientGeneratorSaysWhatToAdd() throws IOException {
        Path schema = schema(TRICKY.replace("provider = \"prisma4j\"", "provider = \"prisma-docs\""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClientGenerator.generate(schema, project))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no client generator block. Add one:")
                .hasMessageContaining("provider = \"prisma4j\"");
    }
}
