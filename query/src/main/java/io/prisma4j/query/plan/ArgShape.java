package io.prisma4j.query.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A call's arguments reduced to their shape: a key that is the same for every call that differs only in
 * the values taken out, and those values in order. Only {@code Integer} and {@code String} values are
 * taken out: under {@code where} and {@code cursor} as a field's value or the operand of {@code equals},
 * {@code not}, {@code lt}, {@code lte}, {@code gt}, {@code gte}; and as a field's value in a write's
 * {@code data}, {@code create} or {@code update} (a write whose data nests anything has no shape). A plan is kept only where a probe value of the same type
 * passes validation there and lands in the SQL as a parameter, so every value of the type is valid.
 * Everything else stays in the key verbatim, so a different value is a different shape.
 */
public final class ArgShape {
    /** Filter keys whose operand is never a parameter of its own, or changes the SQL with its value. */
    private static final Set<String> LITERAL_KEYS = Set.of("mode", "contains", "startsWith", "endsWith", "in", "notIn",
            "search", "path", "string_contains", "string_starts_with", "string_ends_with", "array_contains",
            "array_starts_with", "array_ends_with", "has", "hasEvery", "hasSome", "isEmpty", "isSet", "set");

    /** The arguments holding a write's field values. */
    private static final Set<String> DATA_KEYS = Set.of("data", "create", "update");

    private final String key;
    private final List<Object> values;

    private ArgShape(String key, List<Object> values) {
        this.key = key;
        this.values = values;
    }

    /** The shape of a model call, or {@code null} when its arguments hold a value the key cannot spell. */
    public static ArgShape of(String model, String action, Map<String, ?> args) {
        Walk walk = new Walk(null);
        walk.key.append(model).append('.').append(action).append('(');
        if (args != null && walk.arguments(args) == null) {
            return null;
        }
        return new ArgShape(walk.key.append(')').toString(), walk.values);
    }

    /** The same arguments with the values this shape takes out replaced, in order, by {@code replacements}. */
    static Map<String, Object> substitute(Map<String, ?> args, List<Object> replacements) {
        return new Walk(replacements).arguments(args);
    }

    public String key() {
        return key;
    }

    /** The values taken out, in the order their placeholders stand in the key. */
    public List<Object> values() {
        return values;
    }

    /** One walk over the arguments: spells the key, collects the values, and rebuilds them when replacing. */
    private static final class Walk {
        private static final Object CANNOT = new Object();
        final StringBuilder key = new StringBuilder(64);
        final List<Object> values = new ArrayList<>(4);
        private final List<Object> replacements;

        Walk(List<Object> replacements) {
            this.replacements = replacements;
        }

        Map<String, Object> arguments(Map<String, ?> args) {
            Map<String, Object> rebuilt = new LinkedHashMap<>();
            for (Map.Entry<String, ?> entry : args.entrySet()) {
                boolean filter = entry.getKey().equals("where") || entry.getKey().equals("cursor");
                appendString(key, entry.getKey());
                key.append('=');
                Object value = DATA_KEYS.contains(entry.getKey()) ? data(entry.getValue())
                        : value(entry.getValue(), filter, false);
                if (value == CANNOT) {
                    return null;
                }
                rebuilt.put(entry.getKey(), value);
            }
            return rebuilt;
        }

        /**
         * A write's data: its fields' own values are slots. Data that nests anything (relation writes, atomic
         * operations, lists, Json objects) has no shape: such a write takes several statements or spells
         * its values into the key, which would fill the cache with shapes seen once.
         */
        private Object data(Object data) {
            return entries(data, (name, item) -> item instanceof Map<?, ?> || item instanceof List<?> ? CANNOT
                    : value(item, false, true));
        }

        /** The value as rebuilt (itself unless replacing), or {@link #CANNOT}. */
        private Object value(Object value, boolean filter, boolean operand) {
            if (value instanceof Map<?, ?>) {
                return entries(value, (name, item) -> {
                    boolean slot = filter && !LITERAL_KEYS.contains(name);
                    return value(item, slot, slot);
                });
            }
            if (value instanceof List<?> list) {
                key.append('[');
                List<Object> rebuilt = replacements == null ? null : new ArrayList<>();
                for (Object element : list) {
                    // Elements are operands of in/notIn (literal) or filters of AND/OR/NOT (maps with slots of their own).
                    Object item = value(element, filter, false);
                    if (item == CANNOT) {
                        return CANNOT;
                    }
                    if (rebuilt != null) {
                        rebuilt.add(item);
                    }
                    key.append(',');
                }
                key.append(']');
                return rebuilt == null ? value : rebuilt;
            }
            if (operand && (value instanceof Integer || value instanceof String)) {
                // A value equal to one taken out before says so: the SQL may depend on the two being equal
                // (an upsert's where and create), so calls where they differ are another shape.
                int same = values.indexOf(value);
                if (same >= 0) {
                    key.append("?=").append(same);
                } else {
                    key.append(value instanceof Integer ? "?i" : "?s");
                }
                Object replacement = replacements == null ? value : replacements.get(values.size());
                values.add(value);
                return replacement;
            }
            return appendLiteral(key, value) ? value : CANNOT;
        }

        /**
         * A map spelled into the key entry by entry, each value walked by {@code entry}; rebuilt when
         * replacing. {@link #CANNOT} for anything but a map with string keys, or when an entry cannot be
         * spelled.
         */
        private Object entries(Object value, BiFunction<String, Object, Object> entry) {
            if (!(value instanceof Map<?, ?> map)) {
                return CANNOT;
            }
            key.append('{');
            Map<String, Object> rebuilt = replacements == null ? null : new LinkedHashMap<>();
            for (Map.Entry<?, ?> item : map.entrySet()) {
                if (!(item.getKey() instanceof String name)) {
                    return CANNOT;
                }
                appendString(key, name);
                key.append(':');
                Object walked = entry.apply(name, item.getValue());
                if (walked == CANNOT) {
                    return CANNOT;
                }
                if (rebuilt != null) {
                    rebuilt.put(name, walked);
                }
                key.append(',');
            }
            key.append('}');
            return rebuilt == null ? value : rebuilt;
        }
    }

    private static boolean appendLiteral(StringBuilder key, Object value) {
        if (value == null) {
            key.append('n');
        } else if (value instanceof String text) {
            appendString(key, text);
        } else if (value instanceof Boolean bool) {
            key.append(bool ? 'T' : 'F');
        } else if (value instanceof Integer number) {
            key.append('i').append(number);
        } else if (value instanceof Long number) {
            key.append('l').append(number);
        } else if (value instanceof Double number) {
            key.append('d').append(Long.toHexString(Double.doubleToRawLongBits(number)));
        } else if (value instanceof BigDecimal decimal) {
            key.append('D').append(decimal);
        } else if (value instanceof Instant instant) {
            key.append('I').append(instant);
        } else {
            return false;
        }
        return true;
    }

    /** A string with its length first, so that no content can read as structure. */
    private static void appendString(StringBuilder key, String text) {
        key.append('s').append(text.length()).append(':').append(text);
    }
}
