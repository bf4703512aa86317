package io.prisma4j.schema.format;

import io.prisma4j.schema.PrismaSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatReportTest {

    @Test
    void successLineNamesTheSchemaAndTheDuration() {
        FormatReport.Output output = FormatReport.render(PrismaSchema.format("model A {\n  id Int @id\n}\n"),
                "prisma/schema.prisma", 48, false);
        assertThat(output.exitCode()).isZero();
        assertThat(output.stdout()).isEqualTo("Formatted prisma/schema.prisma in 48ms \uD83D\uDE80\n");
        assertThat(output.stderr()).isEmpty();
    }

    @Test
    void durationsFromOneSecondOnAreShownInSecondsWithTwoDecimals() {
        assertThat(FormatReport.duration(999)).isEqualTo("999ms");
        assertThat(FormatReport.duration(1000)).isEqualTo("1.00s");
        assertThat(FormatReport.duration(3104)).isEqualTo("3.10s");
    }

    @Test
    void errorsOfTheFormattedTextAreReportedWithItsLineNumbers() {
        FormatReport.Output output = FormatReport.render(
                PrismaSchema.format("\n\n\nmodel A {\n     id Int @id\n  %%%\n}\n"), "schema.prisma", 0, false);
        assertThat(output.exitCode()).isEqualTo(1);
        assertThat(output.stdout()).isEmpty();
        // The three leading empty lines are gone in the formatted text, so the bad line is line 3.
        assertThat(output.stderr()).contains("Error code: P1012\n", "  -->  schema.prisma:3\n",
                " 2 |   id Int @id\n", " 3 |   %%%\n", "Validation Error Count: 1\n", "[Context: validate]\n");
    }

    @Test
    void checkReportsUnformattedFilesWithPrismasMessage() {
        FormatReport.Output unformatted =
                FormatReport.render(PrismaSchema.format("model A {\nid Int @id\n}\n"), "schema.prisma", 0, true);
        assertThat(unformatted.exitCode()).isEqualTo(1);
        assertThat(unformatted.stderr()).isEqualTo("! There are unformatted files. Run prisma format to format them.\n");

        FormatReport.Output formatted =
                FormatReport.render(PrismaSchema.format("model A {\n  id Int @id\n}\n"), "schema.prisma", 0, true);
        assertThat(formatted.exitCode()).isZero();
        assertThat(formatted.stdout()).isEqualTo("All files are formatted correctly!\n");
    }
}
