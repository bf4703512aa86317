package io.prisma4j.client.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/** Prints call arguments as Prisma's error messages show them ({@code {\n  where: {\n    id: 1\n  }\n}}). */
final class ArgumentsPrinter {
    private ArgumentsPrinter() {
    }

    static String print(Object args) {
        StringBuilder out = new StringBuilder();
        value(args == null ? Map.of() : args, 0, out);
        return out.toString();
    }

    private static void value(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append("  ".repeat(indent + 1)).append(entry.getKey()).append(": ");
                value(entry.getValue(), indent + 1, out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            int i = 0;
            for (Object item : list) {
                out.append("  ".repeat(indent + 1));
                value(item, indent + 1, out);
                out.append(++i < list.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        } else if (value instanceof String s) {
            out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (value instanceof Instant instant) {
            out.append("new Date(\"").append(instant).append("\")");
        } else if (value instanceof byte[] bytes) {
            out.append("Buffer.from(\"").append(Base64.getEncoder().encodeToString(bytes)).append("\", \"base64\")");
        } else if (value instanceof io.prisma4j.query.document.JsonNullValue nullValue) {
            out.append("Prisma.").append(nullValue.prismaName());
        } else {
            out.append(value);
        }
    }
}
