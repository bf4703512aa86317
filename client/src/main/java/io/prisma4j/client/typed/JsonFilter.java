package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Filter of a {@code Json} field. {@code path} is a list of keys on PostgreSQL
 * ({@code path("preferences", "theme")}) and a JSON path string on MySQL and SQLite
 * ({@code path("$.preferences.theme")}). The value filters take JSON values (maps, lists, strings,
 * numbers, booleans) or {@code Prisma.DbNull}, {@code Prisma.JsonNull}, {@code Prisma.AnyNull}. Method
 * names follow Prisma's keys ({@code string_contains}, {@code array_contains}).
 */
public final class JsonFilter extends InputObject {

    /** PostgreSQL: the keys leading to the value. */
    public JsonFilter path(String first, String... more) {
        if (more.length == 0 && first.startsWith("$")) {
            return with("path", first);
        }
        String[] keys = new String[more.length + 1];
        keys[0] = first;
        System.arraycopy(more, 0, keys, 1, more.length);
        return with("path", Arrays.asList(keys));
    }

    /** PostgreSQL: the keys leading to the value (a one-key path that starts with {@code $} goes here too). */
    public JsonFilter path(List<String> keys) {
        return with("path", new ArrayList<>(keys));
    }

    public JsonFilter equalTo(Object value) {
        return with("equals", value);
    }

    public JsonFilter not(Object value) {
        return with("not", value);
    }

    public JsonFilter string_contains(String value) {
        return with("string_contains", value);
    }

    public JsonFilter string_starts_with(String value) {
        return with("string_starts_with", value);
    }

    public JsonFilter string_ends_with(String value) {
        return with("string_ends_with", value);
    }

    public JsonFilter array_contains(Object value) {
        return with("array_contains", value);
    }

    public JsonFilter array_starts_with(Object value) {
        return with("array_starts_with", value);
    }

    public JsonFilter array_ends_with(Object value) {
        return with("array_ends_with", value);
    }

    public JsonFilter lt(Object value) {
        return with("lt", value);
    }

    public JsonFilter lte(Object value) {
        return with("lte", value);
    }

    public JsonFilter gt(Object value) {
        return with("gt", value);
    }

    public JsonFilter gte(Object value) {
        return with("gte", value);
    }

    public JsonFilter mode(QueryMode mode) {
        return with("mode", mode);
    }
}
