package io.prisma4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FormatCommandTest {
    private static final String UNFORMATTED = "model User {\n  id Int @id\n  email String\n}";
    private static final String FORMATTED = "model User {\n  id    Int    @id\n  email String\n}\n";

    @TempDir
    Path dir;

    @Test
    void formatsTheFileInPlaceAndSaysHowLongItTook() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.prisma"), UNFORMATTED);
        CliRun run = CliRun.of("format", "--schema", schema.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(schema)).isEqualTo(FORMATTED);
        assertThat(run.out()).matches("Formatted \\S*schema\\.prisma in \\d+ms \uD83D\uDE80\n");
    }

    @Test
    void checkExitsWithOneAndWritesNothingWhenAFileIsNotFormatted() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.prisma"), UNFORMATTED);
        CliRun run = CliRun.of("format", "--schema", schema.toString(), "--check");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("! There are unformatted files. Run prisma format to format them.\n");
        assertThat(Files.readString(schema)).isEqualTo(UNFORMATTED);
    }

    @Test
    void checkSucceedsWhenEveryFileIsFormatted() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.prisma"), FORMATTED);
        CliRun run = CliRun.of("format", "--schema", schema.toString(), "--check");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("All files are formatted correctly!\n");
    }

    @Test
    void aFolderIsFormattedFileByFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schema"));
        Path user = Files.writeString(folder.resolve("user.prisma"), UNFORMATTED);
        Path post = Files.writeString(folder.resolve("post.prisma"),
                "model Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}\n");
        CliRun run = CliRun.of("format", "--schema", folder.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(user)).isEqualTo(
                "model User {\n  id    Int    @id\n  email String\n  posts Post[]\n}\n");
        assertThat(Files.readString(post)).contains("  author   User @relation(fields: [authorId], references: [id])\n");
        assertThat(run.out()).startsWith("Formatted ").contains("schema in ");
    }

    @Test
    void aSchemaThatDoesNotParseIsReportedAndLeftAsItWas() throws IOException {
        String broken = "model User {\n  id Int @id\n}\n\nmodel Post {\n";
        Path schema = Files.writeString(dir.resolve("schema.prisma"), broken);
        CliRun run = CliRun.of("format", "--schema", schema.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("Error code: P1012", "Validation Error Count: 1");
        assertThat(Files.readString(schema)).isEqualTo(broken);
    }

    @Test
    void aMissingSchemaIsReported() {
        CliRun run = CliRun.of("format", "--schema", dir.resolve("nope.prisma").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("doesn't exist");
    }
}
