package io.prisma4j.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture's import rule for {@code client}: query, sql and schema, never migrate or the tools above. */
class ImportRulesTest {
    private static final Pattern FORBIDDEN = Pattern.compile("\\bio\\.prisma4j\\.(migrate|cli|generator|studio|testkit)\\.");

    @Test
    void clientImportsOnlyTheLayersBelowIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> violations = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> FORBIDDEN.matcher(l).find()).map(l -> f + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(violations).isEmpty();
        }
    }
}
