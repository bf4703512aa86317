package io.prisma4j.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FormatCommandTest {
    private static final String UNFORMATTED = "model User {\n  id Int @id\n  email String\n}";
    private static final String FORMATTED = "model User {\n  id    Int    @id\n  email String\n}\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void formatsTheFileInPlaceAndSaysHowLongItTook() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.prisma"), UNFORMATTED);
        int exit = PrismaCli.run("format", "--schema", schema.toString());
        assertThat(exit).isZero();
        assertThat(Files.readString(schema)).isEqualTo(FORMATTED);
        assertThat(stdout()).matches("Formatted \\S*schema\\.prisma in \\d+ms \uD83D\uDE80\n");
    }

    @Test
    void checkExitsWithOneAndWritesNothingWhenAFileIsNotFormatted() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.prisma"), UNFORMATTED);
        assertThat(PrismaCli.run("format", "--schema", schema.toString(), "--check")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("! There are unformatted files. Run prisma format to format them.\n");
        assertThat(Files.readString(schema)).isEqualTo(UNFORMATTED);
    }

    @Test
    void checkSucceedsWhenEveryFileIsFormatted() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.prisma"), FORMATTED);
        assertThat(PrismaCli.run("format", "--schema", schema.toString(), "--check")).isZero();
        assertThat(stdout()).isEqualTo("All files are formatted correctly!\n");
    }

    @Test
    void aFolderIsFormattedFileByFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schema"));
        Path user = Files.writeString(folder.resolve("user.prisma"), UNFORMATTED);
        Path post = Files.writeString(folder.resolve("post.prisma"),
                "model Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}\n");
        assertThat(PrismaCli.run("format", "--schema", folder.toString())).isZero();
        assertThat(Files.readString(user)).isEqualTo(
                "model User {\n  id    Int    @id\n  email String\n  posts Post[]\n}\n");
        assertThat(Files.readString(post)).contains("  author   User @relation(fields: [authorId], references: [id])\n");
        assertThat(stdout()).startsWith("Formatted ").contains("schema in ");
    }

    @Test
    void aSchemaThatDoesNotParseIsReportedAndLeftAsItWas() throws IOException {
        String broken = "model User {\n  id Int @id\n}\n\nmodel Post {\n";
        Path schema = Files.writeString(dir.resolve("schema.prisma"), broken);
        assertThat(PrismaCli.run("format", "--schema", schema.toString())).isEqualTo(1);
        assertThat(stderr()).contains("Error code: P1012", "Validation Error Count: 1");
        assertThat(Files.readString(schema)).isEqualTo(broken);
    }

    @Test
    void aMissingSchemaIsReported() {
        assertThat(PrismaCli.run("format", "--schema", dir.resolve("nope.prisma").toString())).isEqualTo(1);
        assertThat(stderr()).contains("doesn't exist");
    }
}
