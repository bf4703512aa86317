package io.prisma4j.query.build;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.schema.InputObjectType;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ListCondition;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.PrimaryKey;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Filter}s from validated {@code where} objects. */
final class FilterBuilder {
    private FilterBuilder() {
    }

    /** A {@code where} object ({@code UserWhereInput}, {@code UserWhereUniqueInput}, scalar-where); null means all. */
    static Filter where(Model model, ParsedValue value) {
        if (value == null || value.isNull()) {
            return Filter.all();
        }
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            String key = entry.getKey();
            ParsedValue fieldValue = entry.getValue();
            switch (key) {
                case "AND" -> filters.add(new Filter.And(Values.items(fieldValue).stream()
                        .map(v -> where(model, v)).toList()));
                case "OR" -> filters.add(new Filter.Or(Values.items(fieldValue).stream()
                        .map(v -> where(model, v)).toList()));
                case "NOT" -> filters.add(new Filter.Not(Values.items(fieldValue).stream()
                        .map(v -> where(model, v)).toList()));
                default -> filters.add(fieldFilter(model, key, fieldValue));
            }
        }
        return filters.isEmpty() ? Filter.all() : Filter.and(filters);
    }

    private static Filter fieldFilter(Model model, String key, ParsedValue value) {
        Optional<Field> field = model.field(key);
        if (field.isPresent() && field.get() instanceof RelationField relation) {
            return relationFilter(relation, value);
        }
        if (field.isPresent() && field.get() instanceof ScalarField scalar) {
            return scalarFilter(scalar, value);
        }
        return compoundUnique(model, key, value);
    }

    /** {@code userId_postId: {userId: 1, postId: 2}}: equality on each field of the compound key. */
    private static Filter compoundUnique(Model model, String key, ParsedValue value) {
        List<ScalarField> fields = compoundFields(model, key);
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        List<Filter> filters = new ArrayList<>();
        for (ScalarField field : fields) {
            filters.add(equality(field, Values.plain(map.get(field.name()))));
        }
        return Filter.and(filters);
    }

    static List<ScalarField> compoundFields(Model model, String key) {
        for (UniqueConstraint unique : model.uniques()) {
            if (unique.isCompound() && unique.whereUniqueName().equals(key)) {
                return unique.scalarFields();
            }
        }
        Optional<PrimaryKey> pk = model.primaryKey().filter(p -> p.isCompound() && p.whereUniqueName().equals(key));
        if (pk.isPresent()) {
            return pk.get().scalarFields();
        }
        throw new IllegalStateException("no field or compound unique " + key + " on " + model.name());
    }

    static Filter equality(ScalarField field, Object value) {
        return new Filter.Scalar(field, value == null ? new Condition.IsNull(false)
                : new Condition.Compare(Condition.Op.EQUALS, value, false));
    }

    private static Filter relationFilter(RelationField field, ParsedValue value) {
        Model related = field.relatedModel();
        if (value.isNull()) {
            return new Filter.Relation(field, Filter.RelationCondition.IS_NULL, null);
        }
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        if (map.type().tag() != InputObjectType.Tag.RELATION_ENVELOPE) {
            return new Filter.Relation(field, Filter.RelationCondition.IS, where(related, map));
        }
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            ParsedValue nested = entry.getValue();
            switch (entry.getKey()) {
                case "some" -> filters.add(new Filter.Relation(field, Filter.RelationCondition.SOME, where(related, nested)));
                case "every" -> filters.add(new Filter.Relation(field, Filter.RelationCondition.EVERY, where(related, nested)));
                case "none" -> filters.add(new Filter.Relation(field, Filter.RelationCondition.NONE, where(related, nested)));
                case "is" -> filters.add(nested.isNull()
                        ? new Filter.Relation(field, Filter.RelationCondition.IS_NULL, null)
                        : new Filter.Relation(field, Filter.RelationCondition.IS, where(related, nested)));
                case "isNot" -> filters.add(nested.isNull()
                        ? new Filter.Relation(field, Filter.RelationCondition.IS_NOT_NULL, null)
                        : new Filter.Relation(field, Filter.RelationCondition.IS_NOT, where(related, nested)));
                default -> throw new IllegalStateException("unexpected relation filter " + entry.getKey());
            }
        }
        return filters.isEmpty() ? Filter.all() : Filter.and(filters);
    }

    private static Filter scalarFilter(ScalarField field, ParsedValue value) {
        if (!(value instanceof ParsedValue.MapValue map)) {
            return equality(field, Values.plain(value));
        }
        if (field.isList()) {
            return listFilter(field, map);
        }
        if (field.scalarType() == ScalarType.JSON) {
            return jsonFilter(field, map);
        }
        boolean insensitive = Values.isEnum(map.get("mode"), "insensitive");
        List<Condition> conditions = new ArrayList<>();
        List<Filter> aggregates = new ArrayList<>();
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            ParsedValue v = entry.getValue();
            switch (entry.getKey()) {
                case "mode" -> {
                }
                case "_count" -> aggregates.add(aggregate(field, Filter.AggregateKind.COUNT, v));
                case "_avg" -> aggregates.add(aggregate(field, Filter.AggregateKind.AVG, v));
                case "_sum" -> aggregates.add(aggregate(field, Filter.AggregateKind.SUM, v));
                case "_min" -> aggregates.add(aggregate(field, Filter.AggregateKind.MIN, v));
                case "_max" -> aggregates.add(aggregate(field, Filter.AggregateKind.MAX, v));
                default -> conditions.add(condition(entry.getKey(), v, insensitive));
            }
        }
        List<Filter> filters = new ArrayList<>();
        if (!conditions.isEmpty()) {
            filters.add(new Filter.Scalar(field, conditions.size() == 1 ? conditions.get(0) : new Condition.All(conditions)));
        }
        filters.addAll(aggregates);
        return filters.isEmpty() ? Filter.all() : Filter.and(filters);
    }

    private static Filter aggregate(ScalarField field, Filter.AggregateKind kind, ParsedValue value) {
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        List<Condition> conditions = new ArrayList<>();
        map.fields().forEach((op, v) -> conditions.add(condition(op, v, false)));
        return new Filter.Aggregate(field, kind, conditions.size() == 1 ? conditions.get(0) : new Condition.All(conditions));
    }

    /** One operator of a scalar filter object. */
    private static Condition condition(String op, ParsedValue value, boolean insensitive) {
        Object v = value instanceof ParsedValue.MapValue ? null : Values.plain(value);
        return switch (op) {
            case "equals" -> v == null ? new Condition.IsNull(false) : new Condition.Compare(Condition.Op.EQUALS, v, insensitive);
            case "not" -> {
                if (value instanceof ParsedValue.MapValue nested) {
                    boolean nestedInsensitive = insensitive || Values.isEnum(nested.get("mode"), "insensitive");
                    List<Condition> inner = new ArrayList<>();
                    nested.fields().forEach((k, nv) -> {
                        if (!k.equals("mode")) {
                            inner.add(condition(k, nv, nestedInsensitive));
                        }
                    });
                    yield new Condition.Not(inner);
                }
                yield v == null ? new Condition.IsNull(true) : new Condition.Compare(Condition.Op.NOT_EQUALS, v, insensitive);
            }
            case "in" -> v == null ? new Condition.IsNull(false) : new Condition.In(asList(v), false, insensitive);
            case "notIn" -> v == null ? new Condition.IsNull(true) : new Condition.In(asList(v), true, insensitive);
            case "lt" -> new Condition.Compare(Condition.Op.LT, v, insensitive);
            case "lte" -> new Condition.Compare(Condition.Op.LTE, v, insensitive);
            case "gt" -> new Condition.Compare(Condition.Op.GT, v, insensitive);
            case "gte" -> new Condition.Compare(Condition.Op.GTE, v, insensitive);
            case "contains" -> new Condition.Compare(Condition.Op.CONTAINS, v, insensitive);
            case "startsWith" -> new Condition.Compare(Condition.Op.STARTS_WITH, v, insensitive);
            case "endsWith" -> new Condition.Compare(Condition.Op.ENDS_WITH, v, insensitive);
            case "search" -> new Condition.Compare(Condition.Op.SEARCH, v, insensitive);
            default -> throw new IllegalStateException("unexpected filter operator " + op);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of(value);
    }

    private static Filter listFilter(ScalarField field, ParsedValue.MapValue map) {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            Object v = Values.plain(entry.getValue());
            ListCondition condition = switch (entry.getKey()) {
                case "has" -> new ListCondition.Has(v);
                case "hasEvery" -> new ListCondition.HasEvery(asList(v));
                case "hasSome" -> new ListCondition.HasSome(asList(v));
                case "isEmpty" -> new ListCondition.IsEmpty((Boolean) v);
                case "equals" -> new ListCondition.Equals(v == null ? null : asList(v));
                default -> throw new IllegalStateException("unexpected list filter " + entry.getKey());
            };
            filters.add(new Filter.ScalarList(field, condition));
        }
        return Filter.and(filters);
    }

    private static Filter jsonFilter(ScalarField field, ParsedValue.MapValue map) {
        Filter.JsonPath path = new Filter.JsonPath(null, null);
        ParsedValue pathValue = map.get("path");
        if (pathValue != null) {
            Object p = Values.plain(pathValue);
            if (p instanceof List<?> keys) {
                path = new Filter.JsonPath(keys.stream().map(String::valueOf).toList(), null);
            } else {
                path = new Filter.JsonPath(null, (String) p);
            }
        }
        boolean insensitive = Values.isEnum(map.get("mode"), "insensitive");
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            ParsedValue value = entry.getValue();
            Object v = Values.plain(value);
            Condition condition = switch (entry.getKey()) {
                case "path", "mode" -> null;
                case "equals" -> jsonEquality(value, v, false, insensitive);
                case "not" -> jsonEquality(value, v, true, insensitive);
                case "string_contains" -> new Condition.JsonOp(Condition.JsonOperator.STRING_CONTAINS, v, insensitive);
                case "string_starts_with" -> new Condition.JsonOp(Condition.JsonOperator.STRING_STARTS_WITH, v, insensitive);
                case "string_ends_with" -> new Condition.JsonOp(Condition.JsonOperator.STRING_ENDS_WITH, v, insensitive);
                case "array_contains" -> new Condition.JsonOp(Condition.JsonOperator.ARRAY_CONTAINS, v, false);
                case "array_starts_with" -> new Condition.JsonOp(Condition.JsonOperator.ARRAY_STARTS_WITH, v, false);
                case "array_ends_with" -> new Condition.JsonOp(Condition.JsonOperator.ARRAY_ENDS_WITH, v, false);
                case "lt" -> new Condition.Compare(Condition.Op.LT, v, false);
                case "lte" -> new Condition.Compare(Condition.Op.LTE, v, false);
                case "gt" -> new Condition.Compare(Condition.Op.GT, v, false);
                case "gte" -> new Condition.Compare(Condition.Op.GTE, v, false);
                default -> throw new IllegalStateException("unexpected Json filter " + entry.getKey());
            };
            if (condition != null) {
                filters.add(new Filter.Json(field, path, condition));
            }
        }
        return filters.isEmpty() ? Filter.all() : Filter.and(filters);
    }

    private static Condition jsonEquality(ParsedValue value, Object v, boolean negated, boolean insensitive) {
        if (value instanceof ParsedValue.EnumValue e) {
            return switch (e.value()) {
                case "DbNull" -> new Condition.IsNull(negated);
                case "JsonNull" -> new Condition.JsonNull(false, negated);
                default -> new Condition.JsonNull(true, negated);
            };
        }
        return new Condition.Compare(negated ? Condition.Op.NOT_EQUALS : Condition.Op.EQUALS, v, insensitive);
    }

    /** The unique-field values of a where-unique object, for cursors: field to value. */
    static Map<ScalarField, Object> uniqueValues(Model model, ParsedValue value) {
        Map<ScalarField, Object> values = new LinkedHashMap<>();
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            String key = entry.getKey();
            if (key.equals("AND") || key.equals("OR") || key.equals("NOT")) {
                continue;
            }
            Optional<Field> field = model.field(key);
            if (field.isPresent() && field.get() instanceof ScalarField scalar
                    && !(entry.getValue() instanceof ParsedValue.MapValue)) {
                values.put(scalar, Values.plain(entry.getValue()));
            } else if (field.isEmpty()) {
                ParsedValue.MapValue compound = (ParsedValue.MapValue) entry.getValue();
                for (ScalarField part : compoundFields(model, key)) {
                    values.put(part, Values.plain(compound.get(part.name())));
                }
            }
        }
        return values;
    }
}
