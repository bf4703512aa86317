package io.prisma4j.query.document;

import io.prisma4j.query.schema.InputObjectType;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A validated argument value. Scalars are normalized: {@code Long} for Int and BigInt, {@code Double}
 * for Float, {@code BigDecimal} for Decimal, {@code Instant} for DateTime, {@code byte[]},
 * {@code Boolean}, {@code String}, {@link JsonText} for Json, {@code null}.
 */
public sealed interface ParsedValue {

    record Scalar(Object value) implements ParsedValue {
    }

    record EnumValue(String value) implements ParsedValue {
    }

    record ListValue(List<ParsedValue> items) implements ParsedValue {
    }

    /** An input object with the type it matched (the first of the field's types that accepted it). */
    record MapValue(InputObjectType type, LinkedHashMap<String, ParsedValue> fields) implements ParsedValue {
        public ParsedValue get(String name) {
            return fields.get(name);
        }

        public boolean has(String name) {
            return fields.containsKey(name);
        }
    }

    /** A reference to a field of the model in scope. */
    record FieldRefValue(String field) implements ParsedValue {
    }

    /** JSON text of a Json value, compact, as Prisma serializes it. */
    record JsonText(String text) {
    }

    default boolean isNull() {
        return this instanceof Scalar scalar && scalar.value() == null;
    }
}
