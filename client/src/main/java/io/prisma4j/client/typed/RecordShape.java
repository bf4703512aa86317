package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a generated result type reads the dynamic API's result map: which keys hold related records,
 * relation counts or enums (and how to convert them), and what to tell a caller who reads a field the
 * query did not load. One immutable instance per generated type.
 */
public final class RecordShape {
    /** What kind of result this is, for the "not loaded" message. */
    enum Kind {
        MODEL, COUNT, AGGREGATE
    }

    private final String typeName;
    private final Kind kind;
    private final Map<String, Function<Object, Object>> converters;
    private final Map<String, Boolean> relations;
    private final Set<String> jsonFields;

    private RecordShape(String typeName, Kind kind, Map<String, Function<Object, Object>> converters,
                        Map<String, Boolean> relations, Set<String> jsonFields) {
        this.typeName = typeName;
        this.kind = kind;
        this.converters = Map.copyOf(converters);
        this.relations = Map.copyOf(relations);
        this.jsonFields = Set.copyOf(jsonFields);
    }

    /** The shape of a model's records ({@code User}). */
    public static Builder model(String modelName) {
        return new Builder(modelName, Kind.MODEL);
    }

    /** The shape of a relation count result ({@code User._count}). */
    public static Builder count(String typeName) {
        return new Builder(typeName, Kind.COUNT);
    }

    /** The shape of an aggregate result ({@code _avg} of {@code Post}). */
    public static Builder aggregate(String typeName) {
        return new Builder(typeName, Kind.AGGREGATE);
    }

    String typeName() {
        return typeName;
    }

    /** Whether {@code field} holds a Json value (rendered as it is, never as a tagged scalar). */
    boolean isJson(String field) {
        return jsonFields.contains(field);
    }

    Object convert(String key, Object value) {
        Function<Object, Object> converter = converters.get(key);
        return converter == null || value == null ? value : converter.apply(value);
    }

    /** Why {@code field} is not in a result of this shape, and what to add to the query. */
    String notLoaded(String field) {
        String name = typeName + "." + field;
        if (kind == Kind.AGGREGATE) {
            return name + " was not requested: add " + field + "() to the query's " + typeName.substring(typeName.lastIndexOf('.') + 1)
                    + "(...) selection.";
        }
        if (kind == Kind.COUNT) {
            return name + " was not counted: add " + field + "() to _count(c -> c.select(s -> s." + field + "())).";
        }
        if (field.equals("_count")) {
            return name + " was not loaded: add _count() to the query's include(...) or select(...).";
        }
        if (relations.containsKey(field)) {
            return name + " was not loaded: add include(i -> i." + field + "()) or select(s -> s." + field
                    + "()) to the query.";
        }
        return name + " is not in this result: the query's select(...) left it out or its omit(...) named it. Add "
                + field + "() to the select, or remove it from the omit.";
    }

    /** Builds a shape. */
    public static final class Builder {
        private final String typeName;
        private final Kind kind;
        private final Map<String, Function<Object, Object>> converters = new HashMap<>();
        private final Map<String, Boolean> relations = new HashMap<>();
        private final Set<String> jsonFields = new HashSet<>();

        private Builder(String typeName, Kind kind) {
            this.typeName = typeName;
            this.kind = kind;
        }

        /** A to-one relation: a map becomes a record of the related type. */
        public <R> Builder one(String field, Function<Map<String, Object>, R> record) {
            relations.put(field, false);
            converters.put(field, value -> record.apply(asMap(value)));
            return this;
        }

        /** A to-many relation: a list of maps becomes a list of records. */
        public <R> Builder many(String field, Function<Map<String, Object>, R> record) {
            relations.put(field, true);
            converters.put(field, value -> {
                List<Object> records = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    records.add(record.apply(asMap(item)));
                }
                return Collections.unmodifiableList(records);
            });
            return this;
        }

        /** A nested result that is not a relation ({@code _count}, {@code _avg}, ...). */
        public <R> Builder nested(String field, Function<Map<String, Object>, R> record) {
            converters.put(field, value -> record.apply(asMap(value)));
            return this;
        }

        /** An enum field: the name becomes the Java constant (a list of names for an enum list). */
        public <E> Builder enumeration(String field, Function<String, E> constant) {
            converters.put(field, value -> {
                if (value instanceof List<?> list) {
                    List<Object> constants = new ArrayList<>();
                    for (Object item : list) {
                        constants.add(item == null ? null : constant.apply(item.toString()));
                    }
                    return Collections.unmodifiableList(constants);
                }
                return constant.apply(value.toString());
            });
            return this;
        }

        /** A Json field: its value is kept as read (maps, lists, strings, numbers, booleans). */
        public Builder json(String field) {
            jsonFields.add(field);
            return this;
        }

        public RecordShape build() {
            return new RecordShape(typeName, kind, converters, relations, jsonFields);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> asMap(Object value) {
            if (!(value instanceof Map<?, ?>)) {
                throw new IllegalStateException("Expected a record (a map), got " + value.getClass().getName());
            }
            return (Map<String, Object>) value;
        }
    }
}
