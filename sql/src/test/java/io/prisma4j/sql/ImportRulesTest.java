package io.prisma4j.sql;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture's import rule for {@code sql}: the JDK only; it knows nothing of Prisma's models. */
class ImportRulesTest {
    private static final Pattern OTHER_MODULES = Pattern.compile("\\bio\\.prisma4j\\.(?!sql\\b)\\w+\\.");

    @Test
    void sqlImportsNoOtherModule() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> violations = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> OTHER_MODULES.matcher(l).find()).map(l -> f + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(violations).isEmpty();
        }
    }
}
