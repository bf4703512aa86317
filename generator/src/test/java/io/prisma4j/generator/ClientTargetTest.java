package io.prisma4j.generator;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientTargetTest {
    @TempDir
    Path project;

    private List<ClientTarget> targets(String generators) throws IOException {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, generators + "\ndatasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n"
                + "model User {\n  id Int @id\n}\n");
        List<Generator> blocks = PrismaSchema.load(schema).dataModel().generators();
        return ClientTarget.resolve(blocks, schema, project, null, null);
    }

    @Test
    void withoutOutputTheClientIsPrismaClientInTheBuildsGeneratedSources() throws IOException {
        ClientTarget target = targets("generator client {\n  provider = \"prisma4j\"\n}").get(0);
        assertThat(target.packageName()).isEqualTo("prisma.client");
        assertThat(target.sourceRoot()).isEqualTo(project.toAbsolutePath().resolve("target/generated-sources/prisma4j"));
        assertThat(target.schemaDirectory()).isEqualTo("prisma");
        assertThat(target.jsProvider()).isFalse();
    }

    @Test
    void anOutputUnderAJavaFolderIsAPackageFolder() throws IOException {
        ClientTarget target = targets("generator client {\n  provider = \"prisma4j\"\n  output = \"../src/main/java/com/example/db\"\n}")
                .get(0);
        assertThat(target.packageName()).isEqualTo("com.example.db");
        assertThat(target.sourceRoot()).isEqualTo(project.toAbsolutePath().resolve("src/main/java"));
        assertThat(target.packageDirectory()).isEqualTo(project.toAbsolutePath().resolve("src/main/java/com/example/db"));
    }

    /** Module 2.4: the MySQL schema's client goes to its own output and package. */
    @Test
    void anyOtherOutputIsASourceRootNamingThePackage() throws IOException {
        ClientTarget target = targets("generator client {\n  provider = \"prisma-client-js\"\n"
                + "  output   = \"../node_modules/.prisma/client-mysql\"\n}").get(0);
        assertThat(target.packageName()).isEqualTo("prisma.client_mysql");
        assertThat(target.sourceRoot()).isEqualTo(project.toAbsolutePath().resolve("node_modules/.prisma/client-mysql"));
        assertThat(target.jsProvider()).isTrue();
    }

    @Test
    void thePackageKeyNamesThePackage() throws IOException {
        ClientTarget target = targets("generator client {\n  provider = \"prisma4j\"\n  package = \"com.acme.data\"\n"
                + "  output = \"../generated\"\n}").get(0);
        assertThat(target.packageName()).isEqualTo("com.acme.data");
        assertThat(target.sourceRoot()).isEqualTo(project.toAbsolutePath().resolve("generated"));
    }

    @Test
    void otherGeneratorsAreNotJavaClients() throws IOException {
        assertThat(targets("generator docs {\n  provider = \"prisma-docs-generator\"\n}\n"
                + "generator client {\n  provider = \"prisma4j\"\n}")).extracting(ClientTarget::generator)
                .containsExactly("client");
    }

    @Test
    void anInvalidPackageIsRefusedWithTheGeneratorsName() {
        assertThatThrownBy(() -> targets("generator client {\n  provider = \"prisma4j\"\n  package = \"com.1bad\"\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Generator \"client\": package = \"com.1bad\" is not a Java package name (e.g. com.example.db).");
    }
}
