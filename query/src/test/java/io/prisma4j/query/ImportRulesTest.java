package io.prisma4j.query;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture's import rule for {@code query}: schema and sql only, and no JDBC, so that another
 * connector (MongoDB) can execute the same validated tree and the SQL executor stays behind its port.
 */
class ImportRulesTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(java\\.sql|javax\\.sql|io\\.prisma4j\\.(client|migrate|cli|generator|studio)|com\\.zaxxer)\\.");

    @Test
    void queryUsesNeitherJdbcNorTheLayersAboveIt() throws IOException {
        assertThat(violations(Path.of("src/main/java"))).isEmpty();
    }

    static List<String> violations(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> FORBIDDEN.matcher(lines.get(i)).find())
                            .mapToObj(i -> sources.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
