package io.prisma4j.query.tree;

import java.util.List;

/**
 * A comparison of a field with a value. Values are normalized scalars ({@code Long}, {@code Double},
 * {@code BigDecimal}, {@code Instant}, {@code byte[]}, {@code Boolean}, {@code String}, Json text),
 * {@code null}, or a {@link FieldRef} to another field.
 */
public sealed interface Condition {

    enum Op {
        EQUALS, NOT_EQUALS, LT, LTE, GT, GTE, CONTAINS, STARTS_WITH, ENDS_WITH, SEARCH
    }

    /** {@code field op value}; string operators may be case-insensitive. */
    record Compare(Op op, Object value, boolean insensitive) implements Condition {
    }

    /** {@code field [NOT] IN (values)}. */
    record In(List<Object> values, boolean negated, boolean insensitive) implements Condition {
        public In {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** {@code field IS [NOT] NULL}. */
    record IsNull(boolean negated) implements Condition {
    }

    /** {@code NOT (conditions...)} for a nested {@code not: { ... }}. */
    record Not(List<Condition> conditions) implements Condition {
        public Not {
            conditions = List.copyOf(conditions);
        }
    }

    /** Json-specific: a JSON {@code null} (not SQL NULL), any null, or Json array/string operators. */
    record JsonNull(boolean any, boolean negated) implements Condition {
    }

    /** Json array and string operators ({@code array_contains}, {@code string_contains}, ...). */
    record JsonOp(JsonOperator op, Object value, boolean insensitive) implements Condition {
    }

    enum JsonOperator {
        STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH, ARRAY_CONTAINS, ARRAY_STARTS_WITH, ARRAY_ENDS_WITH
    }

    /** Several conditions on the same field, all of which must hold. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** A reference to another field of the model, as a comparison value. */
    record FieldRef(String field) {
    }
}
