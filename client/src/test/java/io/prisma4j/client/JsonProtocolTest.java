package io.prisma4j.client;

import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON entry point: requests in, Prisma's engine response out, with tagged values both ways. */
class JsonProtocolTest {

    @EachDatabase
    void requestsAnswerWithDataOrErrorsAsTheEngineDoes(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            String created = prisma.request("""
                    {"model": "User", "action": "create", "args": {"data": {"email": "ada@example.com", "name": "Ada",
                     "password": "x", "createdAt": {"$type": "DateTime", "value": "2024-03-01T12:30:45.123Z"}},
                     "select": {"id": true, "email": true, "createdAt": true, "role": true}}}""");
            assertThat(created).isEqualTo("{\"data\":{\"id\":1,\"email\":\"ada@example.com\","
                    + "\"createdAt\":{\"$type\":\"DateTime\",\"value\":\"2024-03-01T12:30:45.123Z\"},\"role\":\"USER\"}}");

            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) PrismaJson.read(prisma.request("""
                    {"modelName": "User", "action": "findMany", "args": {"where": {"createdAt":
                     {"gte": {"$type": "DateTime", "value": "2024-03-01T00:00:00.000Z"}}}, "select": {"name": true}}}"""));
            assertThat(found).containsEntry("data", List.of(Map.of("name", "Ada")));

            @SuppressWarnings("unchecked")
            Map<String, Object> duplicate = (Map<String, Object>) PrismaJson.read(prisma.request("""
                    {"model": "User", "action": "create", "args": {"data": {"email": "ada@example.com", "name": "Ada 2",
                     "password": "x"}}}"""));
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) ((List<?>) duplicate.get("errors")).get(0);
            @SuppressWarnings("unchecked")
            Map<String, Object> userFacing = (Map<String, Object>) error.get("user_facing_error");
            assertThat(userFacing).containsEntry("error_code", "P2002").containsEntry("is_panic", false);
            assertThat((String) userFacing.get("message")).startsWith("Unique constraint failed on the");
        }
    }

    @EachDatabase
    void malformedRequestsSayWhatIsExpected(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "blog")) {
            assertThat(prisma.request("[1, 2]")).contains("A request is a JSON object");
            assertThat(prisma.request("{\"model\": \"User\"}")).contains("A request needs \\\"action\\\"");
            assertThat(prisma.request("{\"model\": \"User\", \"action\": \"findMany\", \"args\": {\"take\": \"x\"}}"))
                    .contains("\"error_code\":\"P2009\"").contains("Expected Int, provided String.")
                    .contains("\"kind\":\"InvalidArgumentType\"").contains("\"argumentPath\":[\"take\"]");
        }
    }

    @EachDatabase
    void valuesRoundTripThroughTheirTags(TestDatabase db) {
        Instant when = Instant.parse("2024-03-01T12:30:45.123Z");
        String json = PrismaJson.write(Map.of("at", when, "big", 9_007_199_254_740_993L, "bytes", new byte[]{1, 2}));
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) PrismaJson.read(json);
        assertThat(back.get("at")).isEqualTo(when);
        assertThat(back.get("big")).hasToString("9007199254740993");
        assertThat((byte[]) back.get("bytes")).containsExactly(1, 2);
    }
}
