package io.prisma4j.schema.format;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout and repairs of the corpus recorded from {@code prisma format}: every case that formats
 * gives {@code expected.prisma} byte for byte, and formatting that again changes nothing. (The command's
 * output and the cases that fail validation are checked by {@code bin/conformance}.)
 */
class FormatConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyRecordedCaseFormatsByteForByte() {
        return Conformance.cases("format").stream()
                .filter(dir -> Files.exists(dir.resolve("expected.prisma")))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    String expected = Conformance.read(dir.resolve("expected.prisma"));
                    String input = Conformance.read(dir.resolve("input.prisma"));
                    assertThat(PrismaSchema.format(input).text()).isEqualTo(expected);
                    assertThat(PrismaSchema.format(expected).text()).as("idempotent").isEqualTo(expected);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaOfTheCorpusIsAlreadyFormatted() {
        return Conformance.schemas().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(),
                () -> {
                    String schema = Conformance.read(path);
                    assertThat(PrismaSchema.format(schema).text()).isEqualTo(schema);
                }));
    }
}
