package io.prisma4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.ValidationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code validate/}: each case's {@code schema.prisma} is validated and compared with what Prisma
 * printed: the exit code, every diagnostic's severity, message and line ({@code expected.json}), and
 * the printed report line by line ({@code expected.txt}). The one wrapper line that names Prisma's
 * WebAssembly build ({@code (validate wasm)}) is compared in prisma4j's wording ({@code (validate)}).
 */
public final class ValidateCategory implements Category {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public List<Result> run(Path folder) throws IOException {
        List<CaseOutcome> outcomes = new ArrayList<>();
        try (Stream<Path> cases = Files.list(folder)) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                outcomes.add(runCase(dir));
            }
        }
        return List.of(new Result(null, outcomes));
    }

    static CaseOutcome runCase(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        String schema = Files.readString(dir.resolve("schema.prisma"));
        SchemaFiles files = new SchemaFiles(List.of(new SourceFile("schema.prisma", schema)));
        ParsedSchema parsed = PrismaSchema.parse(files);
        StringBuilder diff = new StringBuilder();

        String expectedText = Files.readString(dir.resolve("expected.txt"));
        int expectedExit = Integer.parseInt(expectedText.lines().findFirst().orElse("-1").trim());
        int actualExit = parsed.isValid() ? 0 : 1;
        if (expectedExit != actualExit) {
            diff.append("exit code: expected ").append(expectedExit).append(", got ").append(actualExit).append('\n');
        }

        diff.append(compareDiagnostics(JSON.readTree(dir.resolve("expected.json").toFile()), parsed));

        String expected = expectedText.substring(expectedText.indexOf('\n') + 1)
                .replace("Error: Prisma schema validation - (validate wasm)", "Error: Prisma schema validation - (validate)");
        String actual = ValidationReport.render(files, parsed.diagnostics(), "schema.prisma");
        String textDiff = TextDiff.diff(expected.strip(), actual.strip());
        if (!textDiff.isEmpty()) {
            diff.append("output:\n").append(textDiff);
        }
        return diff.isEmpty() ? CaseOutcome.pass(name) : CaseOutcome.fail(name, diff.toString());
    }

    private static String compareDiagnostics(JsonNode expected, ParsedSchema parsed) {
        List<Diagnostic> actual = parsed.diagnostics().all();
        StringBuilder out = new StringBuilder();
        int count = Math.max(expected.size(), actual.size());
        for (int i = 0; i < count; i++) {
            String want = i < expected.size() ? describe(expected.get(i)) : "<none>";
            String got = i < actual.size() ? describe(actual.get(i), parsed) : "<none>";
            if (!want.equals(got)) {
                out.append("diagnostic ").append(i + 1).append(":\n  - ").append(want).append("\n  + ").append(got)
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String describe(JsonNode node) {
        return node.get("severity").asText() + " line " + node.get("line").asInt() + ": " + node.get("message").asText();
    }

    private static String describe(Diagnostic diagnostic, ParsedSchema parsed) {
        SourceFile file = parsed.files().file(diagnostic.span());
        int line = file.lineOf(Math.min(diagnostic.span().start(), file.text().length())) + 1;
        return diagnostic.severity().label() + " line " + line + ": " + diagnostic.message();
    }
}
