package io.prisma4j.conformance.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prisma4j.conformance.Category;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code queries} category: every suite replayed on PostgreSQL, MySQL/MariaDB and SQLite, each step
 * compared with the line Prisma recorded under the corpus's rules. One case per step.
 */
public final class QueriesCategory implements Category {
    static final List<String> PROVIDERS = List.of("postgresql", "mysql", "sqlite");

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public List<Result> run(Path folder) throws Exception {
        List<Path> suites;
        try (Stream<Path> list = Files.list(folder)) {
            suites = list.filter(p -> Files.isRegularFile(p.resolve("cases.json"))).sorted().toList();
        }
        List<Result> results = new ArrayList<>();
        for (String provider : PROVIDERS) {
            List<CaseOutcome> outcomes = new ArrayList<>();
            for (Path suite : suites) {
                outcomes.addAll(runSuite(suite, provider));
            }
            results.add(new Result(provider, outcomes));
        }
        return results;
    }

    /** Every non-skipped step of one suite on one provider, compared. */
    static List<CaseOutcome> runSuite(Path suite, String provider) throws IOException {
        String suiteName = suite.getFileName().toString();
        List<String> expectedLines = Files.readAllLines(suite.resolve("expected." + provider + ".jsonl"));
        List<ObjectNode> actual;
        try {
            actual = new SuiteRunner(suite, provider).run();
        } catch (Exception e) {
            List<CaseOutcome> failed = new ArrayList<>();
            for (String line : expectedLines) {
                JsonNode expected = CorpusJson.MAPPER.readTree(line);
                if (!expected.has("skipped")) {
                    failed.add(CaseOutcome.fail(suiteName + "#" + expected.get("i").asInt(),
                            "the suite could not run: " + e));
                }
            }
            return failed;
        }
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < expectedLines.size(); i++) {
            JsonNode expected = CorpusJson.MAPPER.readTree(expectedLines.get(i));
            if (expected.has("skipped")) {
                continue;
            }
            String name = suiteName + "#" + i + " " + expected.path("label").asText();
            String diff = i < actual.size() ? compare(expected, actual.get(i)) : "no answer line";
            outcomes.add(diff == null ? CaseOutcome.pass(name) : CaseOutcome.fail(name, diff));
        }
        return outcomes;
    }

    /** Null when the answer matches the recorded line, else what differs. */
    static String compare(JsonNode expected, ObjectNode actual) {
        Set<String> unordered = pointers(expected.get("unordered"));
        Set<String> volatiles = pointers(expected.get("volatile"));
        JsonCompare comparison = new JsonCompare(unordered, volatiles);
        if (expected.has("result")) {
            if (actual.has("error")) {
                JsonNode error = actual.get("error");
                return "expected a result, got error " + error.path("code") + ": " + error.path("core").asText()
                        + "\n" + error.path("message").asText();
            }
            return comparison.diff(expected.get("result"), actual.get("result"), "/result");
        }
        JsonNode expectedError = expected.get("error");
        if (!actual.has("error")) {
            return "expected error " + expectedError.path("code") + " \"" + expectedError.path("core").asText()
                    + "\", got result " + actual.get("result");
        }
        JsonNode actualError = actual.get("error");
        if (!expectedError.path("code").equals(actualError.path("code"))) {
            return "expected code " + expectedError.path("code") + ", got " + actualError.path("code") + " ("
                    + actualError.path("core").asText() + ")";
        }
        if (!expectedError.path("core").asText().equals(actualError.path("core").asText())) {
            return "core message differs:\n  expected: " + expectedError.path("core").asText() + "\n  actual:   "
                    + actualError.path("core").asText();
        }
        if (expectedError.has("meta")) {
            if (!actualError.has("meta")) {
                return "expected meta " + expectedError.get("meta") + ", got none";
            }
            return comparison.diff(expectedError.get("meta"), actualError.get("meta"), "/error/meta");
        }
        if (actualError.has("meta")) {
            return "expected no meta, got " + actualError.get("meta");
        }
        return null;
    }

    private static Set<String> pointers(JsonNode array) {
        Set<String> result = new HashSet<>();
        if (array != null) {
            array.forEach(p -> result.add(p.asText()));
        }
        return result;
    }

    /** {@code bin/conformance --print SUITE_DIR PROVIDER}: prisma4j's own answer lines. */
    public static void print(Path suite, String provider) throws Exception {
        for (ObjectNode line : new SuiteRunner(suite, provider).run()) {
            System.out.println(CorpusJson.MAPPER.writeValueAsString(line));
        }
    }
}
