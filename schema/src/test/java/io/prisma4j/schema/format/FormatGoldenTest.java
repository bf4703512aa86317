package io.prisma4j.schema.format;

import io.prisma4j.schema.PrismaSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each {@code golden/format/<case>.prisma} formats to {@code <case>.formatted.prisma}, and
 * formatting that again changes nothing. Run with {@code -Dgolden.update=true} to rewrite the expected
 * files from the current output, then review the diff like code.
 */
class FormatGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/format");
    private static final String FORMATTED = ".formatted.prisma";

    @TestFactory
    Stream<DynamicTest> everyGoldenInputFormatsToItsExpectedFile() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".prisma") && !p.toString().endsWith(FORMATTED))
                    .sorted().toList().stream()
                    .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
                        String name = input.getFileName().toString();
                        Path expectedFile = GOLDEN.resolve(name.replace(".prisma", FORMATTED));
                        String actual = PrismaSchema.format(Files.readString(input)).text();
                        if (update) {
                            Files.writeString(expectedFile, actual);
                        }
                        assertThat(expectedFile).as("golden file (create it with -Dgolden.update=true)").exists();
                        assertThat(actual).isEqualTo(Files.readString(expectedFile));
                        assertThat(PrismaSchema.format(actual).text()).as("idempotent").isEqualTo(actual);
                    }));
        }
    }
}
