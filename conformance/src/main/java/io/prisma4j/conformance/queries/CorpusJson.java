package io.prisma4j.conformance.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prisma4j.client.Prisma;
import io.prisma4j.client.PrismaException;
import io.prisma4j.client.typed.PrismaJacksonModule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus's value encoding: {@code $date}, {@code $bigint}, {@code $decimal}, {@code $bytes} and
 * {@code $null} wrappers around what JSON cannot hold, decoded into the Java values the client takes and
 * encoded from the values it returns. Dates and decimals are written as the typed client's JSON writes them.
 */
final class CorpusJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CorpusJson() {
    }

    /** A corpus input value as the Java value a caller would pass. */
    static Object decode(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            if (node.size() == 1) {
                String key = node.fieldNames().next();
                JsonNode value = node.get(key);
                switch (key) {
                    case "$date":
                        return Instant.parse(value.asText());
                    case "$bigint":
                        return new BigInteger(value.asText());
                    case "$decimal":
                        return new BigDecimal(value.asText());
                    case "$bytes":
                        return Base64.getDecoder().decode(value.asText());
                    case "$null":
                        return switch (value.asText()) {
                            case "DbNull" -> Prisma.DbNull;
                            case "JsonNull" -> Prisma.JsonNull;
                            default -> Prisma.AnyNull;
                        };
                    default:
                        break;
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), decode(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(decode(item)));
            return list;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.asInt() : (Object) node.asLong();
        }
        return node.asDouble();
    }

    /** A value the client returned, in the corpus's encoding. */
    static JsonNode encode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Instant instant) {
            return wrapper("$date", PrismaJacksonModule.dateString(instant));
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return wrapper("$bigint", value.toString());
        }
        if (value instanceof BigDecimal decimal) {
            return wrapper("$decimal", PrismaJacksonModule.decimalString(decimal));
        }
        if (value instanceof byte[] bytes) {
            return wrapper("$bytes", Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return NODES.numberNode((long) d);
            }
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), encode(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(encode(v)));
            return array;
        }
        return NODES.textNode(value.toString());
    }

    /** An error as the corpus records it: code, name, message, core and meta. */
    static ObjectNode encodeError(Throwable error) {
        ObjectNode node = NODES.objectNode();
        if (error instanceof PrismaException prisma) {
            node.set("code", prisma.code() == null ? NODES.nullNode() : NODES.textNode(prisma.code()));
            node.put("name", prisma.name());
            node.put("message", prisma.getMessage());
            node.put("core", prisma.coreMessage());
            if (!prisma.meta().isEmpty()) {
                node.set("meta", encode(prisma.meta()));
            }
        } else {
            node.set("code", NODES.nullNode());
            node.put("name", "Error");
            String message = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
            node.put("message", message);
            node.put("core", message);
        }
        return node;
    }

    private static ObjectNode wrapper(String key, String value) {
        ObjectNode node = NODES.objectNode();
        node.put(key, value);
        return node;
    }
}
