package io.prisma4j.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.query.document.JsonNullValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prisma's JSON encoding of values: plain JSON plus tagged values for what JSON lacks
 * ({@code {"$type": "DateTime", "value": "2024-03-01T12:30:45.123Z"}}, {@code BigInt}, {@code Decimal},
 * {@code Bytes}, and {@code Enum} for the Json nulls {@code DbNull}/{@code JsonNull}/{@code AnyNull}).
 */
public final class PrismaJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private PrismaJson() {
    }

    /** JSON text of a result (or argument) value, with tagged values. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(encode(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the value as JSON: " + e.getMessage(), e);
        }
    }

    /** Java values of JSON text, tagged values decoded. */
    public static Object read(String json) {
        try {
            return decode(MAPPER.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Object encode(Object value) {
        if (value instanceof Instant instant) {
            return tagged("DateTime", ISO_MILLIS.format(instant));
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return tagged("BigInt", value.toString());
        }
        if (value instanceof BigDecimal decimal) {
            return tagged("Decimal", decimal.toPlainString());
        }
        if (value instanceof byte[] bytes) {
            return tagged("Bytes", Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof JsonNullValue nullValue) {
            return tagged("Enum", nullValue.prismaName());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), encode(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(encode(v)));
            return out;
        }
        return value;
    }

    private static Map<String, Object> tagged(String type, String value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$type", type);
        out.put("value", value);
        return out;
    }

    static Object decode(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.get("$type") instanceof String type && map.containsKey("value")) {
                Object tagged = map.get("value");
                switch (type) {
                    case "DateTime":
                        return Instant.parse(tagged.toString());
                    case "BigInt":
                        return new BigInteger(tagged.toString());
                    case "Decimal":
                        return new BigDecimal(tagged.toString());
                    case "Bytes":
                        return Base64.getDecoder().decode(tagged.toString());
                    case "Enum":
                        for (JsonNullValue nullValue : JsonNullValue.values()) {
                            if (nullValue.prismaName().equals(tagged)) {
                                return nullValue;
                            }
                        }
                        return tagged.toString();
                    case "Json":
                        return io.prisma4j.query.document.JsonValues.parse(tagged.toString());
                    default:
                        break;
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), decode(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(decode(v)));
            return out;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? (Object) decimal.longValue() : decimal.doubleValue();
        }
        return value;
    }

    /** Runs a JSON request on a client and answers as Prisma's engine does. */
    @SuppressWarnings("unchecked")
    static String request(PrismaOperations client, String json) {
        Map<String, Object> response = new LinkedHashMap<>();
        try {
            Object parsed = read(json);
            if (!(parsed instanceof Map<?, ?> request)) {
                throw new IllegalArgumentException("A request is a JSON object: {\"model\": ..., \"action\": ..., \"args\": {...}}");
            }
            Object model = request.containsKey("model") ? request.get("model") : request.get("modelName");
            Object action = request.get("action");
            Object args = request.containsKey("args") ? request.get("args") : Map.of();
            if (!(action instanceof String actionName) || !(args instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("A request needs \"action\" (a string) and \"args\" (an object)");
            }
            Object result = client.execute((String) model, actionName, (Map<String, ?>) args);
            response.put("data", encode(result));
        } catch (PrismaException e) {
            Map<String, Object> userFacing = new LinkedHashMap<>();
            userFacing.put("is_panic", false);
            userFacing.put("message", e.coreMessage());
            if (e instanceof PrismaClientValidationException) {
                // The engine reports a query that fails validation as P2009, its meta saying where.
                userFacing.put("meta", validationMeta(e));
                userFacing.put("error_code", "P2009");
            } else {
                userFacing.put("meta", encode(e.meta()));
                userFacing.put("error_code", e.code());
            }
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.getMessage());
            error.put("user_facing_error", userFacing);
            response.put("errors", List.of(error));
        } catch (IllegalArgumentException e) {
            response.put("errors", List.of(Map.of("error", e.getMessage())));
        }
        try {
            return MAPPER.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validation error's kind and paths, as the engine's P2009 meta gives them. */
    private static Map<String, Object> validationMeta(PrismaException e) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (e.getCause() instanceof io.prisma4j.query.document.ValidationException validation) {
            io.prisma4j.query.document.ValidationError error = validation.error();
            meta.put("kind", error.getClass().getSimpleName());
            meta.put("selectionPath", error.selectionPath());
            if (!error.argumentPath().isEmpty()) {
                meta.put("argumentPath", error.argumentPath());
            }
        }
        return meta;
    }
}
