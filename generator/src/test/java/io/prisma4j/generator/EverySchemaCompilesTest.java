package io.prisma4j.generator;

import io.prisma4j.generator.compile.InMemoryCompiler;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema of the tutorial (the corpus's {@code schemas/}: relations of every kind, enums, views,
 * indexes, MongoDB composite types and ObjectIds) gives a client that compiles without a single warning.
 * One provider's variant per schema (PostgreSQL where there is one), each in its own package, compiled
 * together.
 */
class EverySchemaCompilesTest {
    private static final List<String> PREFERENCE = List.of("postgresql", "mysql", "mongodb", "sqlite");

    @TempDir
    Path project;

    @Test
    void everyTutorialSchemaGivesAClientThatCompilesCleanly() {
        Map<String, Path> schemas = new LinkedHashMap<>();
        for (String provider : PREFERENCE) {
            for (Path schema : Conformance.schemas()) {
                String file = schema.getFileName().toString();
                String name = file.substring(0, file.indexOf('.'));
                if (file.endsWith("." + provider + ".prisma")) {
                    schemas.putIfAbsent(name, schema);
                }
            }
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Path> schema : schemas.entrySet()) {
            String packageName = "tutorial." + Naming.packageSegment(schema.getKey());
            for (GeneratedClient client : ClientGenerator.generate(schema.getValue(), project, project.resolve("src"),
                    packageName)) {
                files.addAll(client.files());
            }
        }
        assertThat(schemas).hasSizeGreaterThanOrEqualTo(35);
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(), files);
        assertThat(result.success()).as(result.messages()).isTrue();
        assertThat(result.errors()).isEmpty();
    }
}
