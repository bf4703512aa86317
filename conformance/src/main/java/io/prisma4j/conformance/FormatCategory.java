package io.prisma4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.format.FormatReport;
import io.prisma4j.schema.format.FormattedSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code format/}: each case's {@code input.prisma} is formatted as {@code prisma format --schema
 * schema.prisma} would. A case passes when the output and exit code equal {@code expected.txt}, the
 * formatted file equals {@code expected.prisma} byte for byte (when formatting succeeds), and, where
 * {@code idempotence.json} says so, formatting {@code expected.prisma} changes nothing.
 */
final class FormatCategory implements Category {
    /** The duration in the success line varies from run to run; the corpus writes it as {@code <N>ms}. */
    private static final Pattern DURATION = Pattern.compile(" in \\d+(\\.\\d+)?m?s \uD83D\uDE80");
    /** The CLI's wrapper line names the engine build; prisma4j words it its own way (see the corpus README). */
    private static final Pattern ERROR_WRAPPER = Pattern.compile("(?m)^Error: Prisma schema validation - \\(.*\\)$");

    @Override
    public String name() {
        return "format";
    }

    @Override
    public List<Result> run(Path folder) throws IOException {
        JsonNode idempotence = new ObjectMapper().readTree(folder.resolve("idempotence.json").toFile());
        List<CaseOutcome> outcomes = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                outcomes.add(runCase(dir, idempotence.path(dir.getFileName().toString())));
            }
        }
        return List.of(new Result(null, outcomes));
    }

    private static CaseOutcome runCase(Path dir, JsonNode idempotent) throws IOException {
        String name = dir.getFileName().toString();
        String input = Files.readString(dir.resolve("input.prisma"));
        FormattedSchema result = PrismaSchema.format(SchemaFiles.single("schema.prisma", input));
        FormatReport.Output output = FormatReport.render(result, "schema.prisma", 0, false);

        StringBuilder diff = new StringBuilder();
        String expectedText = normalize(Files.readString(dir.resolve("expected.txt")));
        String actualText = normalize(output.exitCode() + "\n" + trimBlankLines(output.printed()));
        appendDiff(diff, "expected.txt", expectedText, actualText);

        Path expectedPrisma = dir.resolve("expected.prisma");
        if (Files.exists(expectedPrisma)) {
            String expected = Files.readString(expectedPrisma);
            appendDiff(diff, "expected.prisma", expected, result.text());
            if (idempotent.asBoolean(false)) {
                String again = PrismaSchema.format(SchemaFiles.single("schema.prisma", expected)).text();
                appendDiff(diff, "idempotence (format of expected.prisma)", expected, again);
            }
        } else if (result.isValid()) {
            diff.append("expected the formatted schema to fail validation, but it is valid\n");
        }
        return diff.length() == 0 ? CaseOutcome.pass(name) : CaseOutcome.fail(name, diff.toString());
    }

    private static void appendDiff(StringBuilder out, String what, String expected, String actual) {
        String diff = TextDiff.diff(expected, actual);
        if (!diff.isEmpty()) {
            out.append(what).append(": ").append(diff);
        }
    }

    /** Timing normalised, wrapper line unified, one final newline. */
    private static String normalize(String text) {
        String normalized = DURATION.matcher(text).replaceAll(" in <N>ms \uD83D\uDE80");
        normalized = ERROR_WRAPPER.matcher(normalized).replaceAll("Error: Prisma schema validation");
        return normalized.stripTrailing() + "\n";
    }

    /** The recorder dropped empty lines before and after the output (e.g. the one before a warnings block). */
    private static String trimBlankLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines) + "\n";
    }
}
