package io.prisma4j.migrate.introspect;

import java.util.Set;

/**
 * Names in a Prisma schema must be identifiers ({@code [A-Za-z][A-Za-z0-9_]*}) and not reserved words.
 * Database names that are not get a sanitized name plus {@code @map}/{@code @@map} with the real one.
 */
final class Identifiers {
    private static final Set<String> RESERVED = Set.of("model", "enum", "datasource", "generator", "type", "view",
            "String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes", "Unsupported");

    private Identifiers() {
    }

    static boolean isValid(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9_]*") && !RESERVED.contains(name);
    }

    /** {@code order-items} → {@code order_items}; a leading digit or underscore gets {@code prefix}. */
    static String sanitize(String name, String prefix) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = prefix + cleaned;
        }
        if (RESERVED.contains(cleaned)) {
            cleaned = prefix + cleaned;
        }
        return cleaned;
    }

    /** A string literal of the schema language. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
