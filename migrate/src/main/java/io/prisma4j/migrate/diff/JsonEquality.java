package io.prisma4j.migrate.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares two JSON texts as values (key order and spacing aside), the way Prisma compares Json
 * defaults. Texts that are not JSON count as equal, as in Prisma, so they never cause a migration.
 */
final class JsonEquality {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonEquality() {
    }

    static boolean same(String a, String b) {
        try {
            return MAPPER.readTree(a).equals(MAPPER.readTree(b));
        } catch (JsonProcessingException e) {
            return true;
        }
    }
}
