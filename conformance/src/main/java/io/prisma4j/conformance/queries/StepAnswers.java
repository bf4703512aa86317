package io.prisma4j.conformance.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The queries category's encoding and comparison, for callers outside this package that replay a suite
 * their own way (the typed client's tests run the same steps through generated code).
 */
public final class StepAnswers {
    private StepAnswers() {
    }

    /** The answer line of a step that returned {@code result} (Java values as the dynamic API returns them). */
    public static ObjectNode result(int index, String label, Object result) {
        ObjectNode line = CorpusJson.MAPPER.createObjectNode();
        line.put("i", index);
        line.put("label", label);
        line.set("result", CorpusJson.encode(result));
        return line;
    }

    /** The answer line of a step that failed with {@code error}. */
    public static ObjectNode error(int index, String label, Throwable error) {
        ObjectNode line = CorpusJson.MAPPER.createObjectNode();
        line.put("i", index);
        line.put("label", label);
        line.set("error", CorpusJson.encodeError(error));
        return line;
    }

    /** Null when {@code answer} matches the recorded line under the corpus's rules, else what differs. */
    public static String compare(String expectedLine, ObjectNode answer) {
        return QueriesCategory.compare(parse(expectedLine), answer);
    }

    /** A corpus value ({@code $date}, {@code $bigint}, ... wrappers) as the Java value a caller passes. */
    public static Object decode(JsonNode value) {
        return CorpusJson.decode(value);
    }

    public static JsonNode parse(String json) {
        try {
            return CorpusJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
