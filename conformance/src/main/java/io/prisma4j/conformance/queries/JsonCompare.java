package io.prisma4j.conformance.queries;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The corpus's comparison: JSON trees with object key order ignored, arrays in order except at the
 * {@code unordered} pointers (compared as multisets), numbers by value, wrapped values by their exact
 * string, and {@code volatile} pointers only checked to hold a valid {@code $date}.
 */
final class JsonCompare {
    private final Set<String> unordered;
    private final Set<String> volatiles;

    JsonCompare(Set<String> unordered, Set<String> volatiles) {
        this.unordered = unordered;
        this.volatiles = volatiles;
    }

    /** The first difference as "pointer: expected ... got ...", or null when equal. */
    String diff(JsonNode expected, JsonNode actual, String pointer) {
        if (volatiles.contains(pointer)) {
            if (actual != null && actual.isObject() && actual.has("$date")) {
                try {
                    Instant.parse(actual.get("$date").asText());
                    return null;
                } catch (RuntimeException e) {
                    return pointer + ": volatile value is not a valid instant: " + actual;
                }
            }
            return pointer + ": expected a {$date} value, got " + actual;
        }
        if (actual == null || actual.isMissingNode()) {
            return pointer + ": missing, expected " + expected;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.asDouble() == actual.asDouble() ? null
                    : pointer + ": expected " + expected + ", got " + actual;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return pointer + ": expected " + expected + ", got " + actual;
            }
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String d = diff(expected.get(name), actual.get(name), pointer + "/" + name);
                if (d != null) {
                    return d;
                }
            }
            Iterator<String> actualNames = actual.fieldNames();
            while (actualNames.hasNext()) {
                String name = actualNames.next();
                if (!expected.has(name)) {
                    return pointer + "/" + name + ": unexpected key with value " + actual.get(name);
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return pointer + ": expected " + expected + ", got " + actual;
            }
            if (expected.size() != actual.size()) {
                return pointer + ": expected " + expected.size() + " items " + expected + ", got " + actual.size() + " "
                        + actual;
            }
            if (unordered.contains(pointer)) {
                List<JsonNode> remaining = new ArrayList<>();
                actual.forEach(remaining::add);
                for (JsonNode item : expected) {
                    boolean found = false;
                    for (int i = 0; i < remaining.size(); i++) {
                        if (new JsonCompare(Set.of(), Set.of()).diff(item, remaining.get(i), pointer) == null) {
                            remaining.remove(i);
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        return pointer + ": item " + item + " not found in " + actual;
                    }
                }
                return null;
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = diff(expected.get(i), actual.get(i), pointer + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : pointer + ": expected " + expected + ", got " + actual;
    }
}
