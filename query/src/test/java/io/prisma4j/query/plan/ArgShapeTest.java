package io.prisma4j.query.plan;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a shape takes out of a call's arguments, and which calls share a shape. */
class ArgShapeTest {

    @Test
    void aWriteTakesOutItsFieldValuesAndItsWhere() {
        ArgShape first = ArgShape.of("user", "update", update(7, "Ada"));
        ArgShape second = ArgShape.of("user", "update", update(8, "Bo"));
        assertThat(first.key()).isEqualTo(second.key());
        assertThat(first.values()).containsExactly(7, "Ada");
        assertThat(ArgShape.substitute(update(7, "Ada"), List.of(1, "x"))).isEqualTo(update(1, "x"));
    }

    @Test
    void equalValuesAreAnotherShapeThanDifferentOnes() {
        ArgShape equal = ArgShape.of("user", "upsert", upsert("a@x.io", "a@x.io"));
        ArgShape different = ArgShape.of("user", "upsert", upsert("a@x.io", "b@x.io"));
        assertThat(equal.key()).isNotEqualTo(different.key());
        assertThat(ArgShape.of("user", "upsert", upsert("c@x.io", "c@x.io")).key()).isEqualTo(equal.key());
    }

    @Test
    void dataThatNestsAnythingHasNoShape() {
        assertThat(ArgShape.of("user", "create", Map.of("data", Map.of("email", "a", "posts",
                Map.of("create", Map.of("title", "t")))))).isNull();
        assertThat(ArgShape.of("post", "update", Map.of("where", Map.of("id", 1),
                "data", Map.of("views", Map.of("increment", 1))))).isNull();
        assertThat(ArgShape.of("user", "update", Map.of("where", Map.of("id", 1),
                "data", Map.of("tags", List.of("a"))))).isNull();
    }

    private static Map<String, Object> update(int id, String name) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("where", Map.of("id", id));
        args.put("data", Map.of("name", name));
        return args;
    }

    private static Map<String, Object> upsert(String where, String create) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("where", Map.of("email", where));
        args.put("create", Map.of("email", create));
        args.put("update", Map.of("name", "n"));
        return args;
    }
}
