package io.prisma4j.query.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text of Json field values, written and read the way Prisma (JavaScript) does. */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonValues() {
    }

    /** Compact JSON text of a protocol value. */
    public static String toJson(ArgValue value) {
        try {
            return MAPPER.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compact JSON text of a plain Java value (Map, List, String, Number, Boolean, null). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Parses JSON text into plain Java values as JavaScript would: objects in key order, numbers as
     * {@code Integer} when integral and small, else {@code Double}.
     */
    public static Object parse(String text) {
        try {
            return normalize(MAPPER.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), normalize(v)));
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach(v -> result.add(normalize(v)));
            return result;
        }
        if (value instanceof Number number) {
            return jsNumber(number);
        }
        return value;
    }

    /** A JSON number as JavaScript holds it: an integer if it is one and fits, else a double. */
    public static Number jsNumber(Number number) {
        double d = number.doubleValue();
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return (int) d;
        }
        return d;
    }

    private static Object plain(ArgValue value) {
        if (value instanceof ArgValue.Null) {
            return null;
        } else if (value instanceof ArgValue.Str s) {
            return s.value();
        } else if (value instanceof ArgValue.Bool b) {
            return b.value();
        } else if (value instanceof ArgValue.Int i) {
            return i.value();
        } else if (value instanceof ArgValue.Float f) {
            return f.value();
        } else if (value instanceof ArgValue.BigInt b) {
            return b.value();
        } else if (value instanceof ArgValue.Decimal d) {
            return d.value();
        } else if (value instanceof ArgValue.DateTime d) {
            return DateTimeFormatter.ISO_INSTANT.format(d.value());
        } else if (value instanceof ArgValue.Bytes b) {
            return Base64.getEncoder().encodeToString(b.value());
        } else if (value instanceof ArgValue.EnumConst e) {
            return e.name();
        } else if (value instanceof ArgValue.FieldRef r) {
            return Map.of("_ref", r.field(), "_container", r.model());
        } else if (value instanceof ArgValue.Obj o) {
            Map<String, Object> map = new LinkedHashMap<>();
            o.fields().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        } else {
            List<Object> list = new ArrayList<>();
            ((ArgValue.Arr) value).items().forEach(v -> list.add(plain(v)));
            return list;
        }
    }
}
