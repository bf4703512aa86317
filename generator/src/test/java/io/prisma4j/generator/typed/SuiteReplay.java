package io.prisma4j.generator.typed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prisma4j.client.typed.BatchPayload;
import io.prisma4j.client.typed.PrismaJacksonModule;
import io.prisma4j.client.typed.PrismaRecord;
import io.prisma4j.client.typed.TransactionResults;
import io.prisma4j.conformance.queries.StepAnswers;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays a conformance suite through a generated client on one database: each typed step's answer is
 * compared with the line real Prisma recorded (the same rules as {@code bin/conformance}), and each
 * result rendered by {@link PrismaJacksonModule} with Prisma's {@code JSON.stringify} of it.
 */
final class SuiteReplay {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PrismaJacksonModule());

    private final Path suite;
    private final TestDatabase database;

    SuiteReplay(String suiteName, TestDatabase database) {
        this.suite = Conformance.category("queries").resolve(suiteName);
        this.database = database;
    }

    /** The suite's schema for this database (same models as the one the client was generated from). */
    Path schema() {
        return suite.resolve("schema." + database.provider() + ".prisma");
    }

    /** Creates the suite's tables. */
    SuiteReplay createTables() {
        database.execute(read(suite.resolve("ddl." + database.provider() + ".sql")));
        return this;
    }

    /** Runs every step in order and fails with every difference from the recorded answers. */
    <C> Outcome run(C client, List<Step<C>> steps) {
        JsonNode cases = StepAnswers.parse(read(suite.resolve("cases.json")));
        // Error messages of MariaDB name the database the corpus was recorded in.
        String recordedName = "conformance_" + suite.getFileName().toString().replace('-', '_');
        List<String> expected = read(suite.resolve("expected." + database.provider() + ".jsonl"))
                .replace(recordedName, database.name()).lines().toList();
        assertThat(steps).as("one typed step per case of " + suite.getFileName()).hasSize(cases.size());
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int rendered = 0;
        int rejected = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step<C> step = steps.get(i);
            String label = cases.get(i).path("label").asText();
            assertThat(step.label()).as("step " + i).isEqualTo(label);
            JsonNode recorded = StepAnswers.parse(expected.get(i));
            if (recorded.has("skipped")) {
                continue;
            }
            if (step.notExpressible() != null) {
                rejected++;
                continue;
            }
            Object result;
            ObjectNode answer;
            try {
                result = step.call().apply(client);
                answer = StepAnswers.result(i, label, plain(result));
            } catch (RuntimeException e) {
                result = null;
                answer = StepAnswers.error(i, label, e);
            }
            compared++;
            String difference = StepAnswers.compare(expected.get(i), answer);
            if (difference != null) {
                failures.add("#" + i + " " + label + ": " + difference);
                continue;
            }
            if (recorded.has("result") && renderable(result)) {
                rendered++;
                String jsonDifference = compareJson(recorded, MAPPER.valueToTree(result));
                if (jsonDifference != null) {
                    failures.add("#" + i + " " + label + " (JSON): " + jsonDifference);
                }
            }
        }
        assertThat(failures).as(database.provider() + ": differences from the recorded answers").isEmpty();
        return new Outcome(compared, rendered, rejected);
    }

    /** How many steps ran and matched, how many results were also checked as JSON, how many cannot be written. */
    record Outcome(int compared, int rendered, int rejectedByCompiler) {
    }

    /** A typed result as the dynamic API returns it. */
    static Object plain(Object value) {
        if (value instanceof PrismaRecord record) {
            return record.toMap();
        }
        if (value instanceof BatchPayload payload) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("count", payload.count());
            return map;
        }
        if (value instanceof TransactionResults results) {
            return plain(results.asList());
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(plain(item)));
            return items;
        }
        return value;
    }

    private static boolean renderable(Object result) {
        if (result instanceof List<?> list) {
            return list.stream().allMatch(item -> item instanceof PrismaRecord);
        }
        return result instanceof PrismaRecord || result instanceof BatchPayload || result instanceof Integer
                || result instanceof TransactionResults;
    }

    /**
     * The recorded result as {@code JSON.stringify} prints it (wrapped dates, BigInts, Decimals and bytes
     * become their strings) against the Jackson rendering: key order ignored, numbers by value, arrays in
     * order except at the step's unordered pointers, volatile values only checked to be instants.
     */
    private static String compareJson(JsonNode recorded, JsonNode rendered) {
        JsonNode expected = normalize(flatten(recorded.get("result")), recorded, "/result");
        JsonNode actual = normalize(rendered.deepCopy(), recorded, "/result");
        Comparator<JsonNode> numbersByValue = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1;
        return expected.equals(numbersByValue, actual) ? null : "expected " + expected + ", rendered " + actual;
    }

    private static JsonNode flatten(JsonNode node) {
        if (node.isObject()) {
            if (node.size() == 1) {
                String key = node.fieldNames().next();
                if (key.equals("$date") || key.equals("$bigint") || key.equals("$decimal") || key.equals("$bytes")) {
                    return node.get(key);
                }
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), flatten(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(flatten(item)));
            return copy;
        }
        return node;
    }

    /** Volatile values become a marker (after checking they are instants); unordered arrays are sorted. */
    private static JsonNode normalize(JsonNode node, JsonNode recorded, String pointer) {
        for (JsonNode volatilePointer : recorded.path("volatile")) {
            if (volatilePointer.asText().equals(pointer)) {
                Instant.parse(node.asText());
                return JsonNodeFactory.instance.textNode("<instant>");
            }
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<String> names = object.fieldNames();
            List<String> keys = new ArrayList<>();
            names.forEachRemaining(keys::add);
            for (String key : keys) {
                object.set(key, normalize(object.get(key), recorded, pointer + "/" + key));
            }
            return object;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(normalize(node.get(i), recorded, pointer + "/" + i));
            }
            for (JsonNode unordered : recorded.path("unordered")) {
                if (unordered.asText().equals(pointer)) {
                    items.sort(Comparator.comparing(JsonNode::toString));
                }
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            items.forEach(array::add);
            return array;
        }
        return node;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
