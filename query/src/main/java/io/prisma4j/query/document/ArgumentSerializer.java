package io.prisma4j.query.document;

import io.prisma4j.query.schema.OutputField;
import io.prisma4j.query.schema.OutputObjectType;
import io.prisma4j.schema.model.ScalarField;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns arguments shaped as Prisma Client JS takes them ({@code where}, {@code select}, {@code include},
 * {@code omit}, ...) into the protocol query the engine validates, with the client's own checks
 * ({@code select} with {@code include}, {@code include} of a scalar).
 */
public final class ArgumentSerializer {
    private ArgumentSerializer() {
    }

    /** The protocol field query for arguments read against an output type ({@code null} when unknown). */
    public static FieldQuery serialize(Map<String, ?> args, OutputObjectType type) {
        return fieldQuery(args == null ? Map.of() : args, type, List.of());
    }

    private static FieldQuery fieldQuery(Map<String, ?> args, OutputObjectType type, List<String> path) {
        Object select = args.get("select");
        Object include = args.get("include");
        Object omit = args.get("omit");
        LinkedHashMap<String, ArgValue> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : args.entrySet()) {
            String key = entry.getKey();
            if (key.equals("select") || key.equals("include") || key.equals("omit")) {
                continue;
            }
            try {
                arguments.put(key, ArgValues.of(entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(new ValidationError.InvalidClientValue(path, List.of(key), e.getMessage()));
            }
        }
        FieldQuery.Selection selection;
        if (truthy(select)) {
            if (include != null) {
                throw new ValidationException(new ValidationError.MutuallyExclusiveFields(path, "include", "select"));
            } else if (omit != null) {
                throw new ValidationException(new ValidationError.MutuallyExclusiveFields(path, "omit", "select"));
            }
            selection = explicit(asMap(select, path, "select"), type, path);
        } else {
            selection = implicit(include, omit, type, path);
        }
        return new FieldQuery(arguments, selection);
    }

    private static FieldQuery.Selection explicit(Map<String, ?> select, OutputObjectType type, List<String> path) {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Map.Entry<String, ?> entry : select.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            origins.put(key, "select");
            OutputField field = type == null ? null : type.field(key).orElse(null);
            List<String> nestedPath = DocumentParser.append(path, key);
            if (!truthy(value)) {
                fields.put(key, false);
            } else if (Boolean.TRUE.equals(value)) {
                if (field != null && field.isRelation()) {
                    fields.put(key, new FieldQuery(new LinkedHashMap<>(), FieldQuery.Selection.allScalars()));
                } else {
                    fields.put(key, true);
                }
            } else {
                fields.put(key, fieldQuery(asMap(value, nestedPath, key), field == null ? null : field.objectType(),
                        nestedPath));
            }
        }
        return new FieldQuery.Selection(false, fields, origins);
    }

    private static FieldQuery.Selection implicit(Object include, Object omit, OutputObjectType type, List<String> path) {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        if (include != null) {
            for (Map.Entry<String, ?> entry : asMap(include, path, "include").entrySet()) {
                String key = entry.getKey();
                Object value = entry.getValue();
                origins.put(key, "include");
                List<String> nestedPath = DocumentParser.append(path, key);
                if (!truthy(value)) {
                    fields.put(key, false);
                    continue;
                }
                OutputField field = type == null ? null : type.field(key).orElse(null);
                if (field != null && field.modelField() instanceof ScalarField) {
                    throw new ValidationException(new ValidationError.IncludeOnScalar(nestedPath,
                            DocumentParser.describe(type)));
                }
                if (field != null) {
                    Map<String, ?> nested = Boolean.TRUE.equals(value) ? Map.of() : asMap(value, nestedPath, key);
                    fields.put(key, fieldQuery(nested, field.objectType(), nestedPath));
                } else if (Boolean.TRUE.equals(value)) {
                    fields.put(key, true);
                } else {
                    fields.put(key, fieldQuery(asMap(value, nestedPath, key), null, nestedPath));
                }
            }
        }
        if (omit != null) {
            for (Map.Entry<String, ?> entry : asMap(omit, path, "omit").entrySet()) {
                origins.put(entry.getKey(), "omit");
                fields.put(entry.getKey(), !truthy(entry.getValue()));
            }
        }
        return new FieldQuery.Selection(true, fields, origins);
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object value, List<String> path, String name) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        throw new ValidationException(new ValidationError.InvalidClientValue(path, List.of(name),
                "Invalid value for selection field `" + name + "`: expected true, false or an object"));
    }
}
