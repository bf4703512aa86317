package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Strings that break careless SQL (quotes, backslashes, LIKE wildcards, unicode, SQL fragments, very
 * long values) round-trip verbatim through create and match themselves through every string filter.
 */
class HostileStringsTest {
    static final List<String> HOSTILE = List.of(
            "O'Brien", "\"double\"", "back\\slash", "trailing\\", "100%", "under_score", "%_%", "\\%\\_",
            "'; DROP TABLE users; --", "\" OR \"1\"=\"1", "Robert'); DELETE FROM posts;--", "$1 ? :name",
            "tab\tnew\nline\rreturn", "nul-ish \\0 text", "emoji 🚀 and 漢字 and é", "right-to-left \u202E text",
            "*/ /* comment", "{\"json\": [1, 2]}", " leading and trailing ", "x".repeat(20_000));

    @EachDatabase
    void hostileStringsRoundTripThroughCreateAndEveryStringFilter(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            ModelClient users = prisma.model("user");
            for (int i = 0; i < HOSTILE.size(); i++) {
                Map<String, Object> created = users.create(map("data",
                        map("email", "user" + i + "@example.com", "name", "user " + i, "password", "x", "bio", HOSTILE.get(i))));
                assertThat(created.get("bio")).isEqualTo(HOSTILE.get(i));
            }
            for (int i = 0; i < HOSTILE.size(); i++) {
                String bio = HOSTILE.get(i);
                assertThat(users.findUnique(map("where", map("email", "user" + i + "@example.com"))).get("bio")).isEqualTo(bio);
                assertThat(bios(users, map("bio", map("equals", bio)))).containsExactly(bio);
                assertThat(bios(users, map("bio", bio))).containsExactly(bio);
                assertThat(bios(users, map("bio", map("in", List.of(bio))))).containsExactly(bio);
                assertThat(bios(users, map("bio", map("contains", bio)))).contains(bio)
                        .allMatch(b -> fold(db, b).contains(fold(db, bio)));
                assertThat(bios(users, map("bio", map("startsWith", bio)))).contains(bio)
                        .allMatch(b -> fold(db, b).startsWith(fold(db, bio)));
                assertThat(bios(users, map("bio", map("endsWith", bio)))).contains(bio)
                        .allMatch(b -> fold(db, b).endsWith(fold(db, bio)));
                assertThat(bios(users, map("bio", map("not", bio)))).doesNotContain(bio);
            }
            // The LIKE wildcards are matched literally, never as patterns.
            assertThat(bios(users, map("bio", map("contains", "%_%")))).containsExactly("%_%");
            assertThat(bios(users, map("bio", map("startsWith", "100%")))).containsExactly("100%");
            assertThat(bios(users, map("bio", map("endsWith", "\\")))).containsExactly("trailing\\");
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                assertThat(bios(users, map("bio", map("contains", "%_%", "mode", "insensitive")))).containsExactly("%_%");
            }
        }
    }

    @EachDatabase(DatabaseKind.MYSQL)
    void aValueTooLongForItsColumnIsRefusedWithP2000AndWritesNothing(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            ModelClient tags = prisma.model("tag");
            assertThatThrownBy(() -> tags.create(map("data", map("name", "x".repeat(20_000), "slug", "long"))))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2000");
                        assertThat(e.getMessage()).contains("The provided value for the column is too long for the column's type. Column: name");
                    });
            assertThat(tags.count()).isZero();
        }
    }

    /** MariaDB's utf8mb4_unicode_ci and SQLite's LIKE compare case-insensitively, as Prisma sees them too. */
    private static String fold(TestDatabase db, String value) {
        return caseInsensitiveDatabase(db) ? value.toLowerCase() : value;
    }

    private static boolean caseInsensitiveDatabase(TestDatabase db) {
        return db.kind() != DatabaseKind.POSTGRESQL;
    }

    private static List<String> bios(ModelClient users, Map<String, Object> where) {
        return users.findMany(map("where", where, "select", map("bio", true))).stream()
                .map(r -> (String) r.get("bio")).toList();
    }
}
