package io.prisma4j.query.build;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.OrderBy;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds {@link OrderBy} terms from a validated {@code orderBy} (one object or a list of them). */
final class OrderByBuilder {
    private OrderByBuilder() {
    }

    static List<OrderBy> orderBy(Model model, ParsedValue value) {
        List<OrderBy> terms = new ArrayList<>();
        if (value == null) {
            return terms;
        }
        for (ParsedValue item : Values.items(value)) {
            add(model, List.of(), (ParsedValue.MapValue) item, terms);
        }
        return terms;
    }

    private static void add(Model model, List<RelationField> path, ParsedValue.MapValue map, List<OrderBy> terms) {
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            String key = entry.getKey();
            ParsedValue value = entry.getValue();
            Filter.AggregateKind aggregate = switch (key) {
                case "_count" -> Filter.AggregateKind.COUNT;
                case "_avg" -> Filter.AggregateKind.AVG;
                case "_sum" -> Filter.AggregateKind.SUM;
                case "_min" -> Filter.AggregateKind.MIN;
                case "_max" -> Filter.AggregateKind.MAX;
                default -> null;
            };
            if (aggregate != null) {
                ((ParsedValue.MapValue) value).fields().forEach((fieldName, direction) -> terms.add(new OrderBy.Aggregate(
                        aggregate, model.scalarField(fieldName).orElseThrow(), isDescending(direction))));
                continue;
            }
            if (key.equals("_relevance")) {
                throw new UnsupportedOperationException("orderBy _relevance (full-text search) is not supported yet");
            }
            Field field = model.field(key).orElseThrow();
            if (field instanceof ScalarField scalar) {
                if (value instanceof ParsedValue.MapValue sortInput) {
                    OrderBy.Nulls nulls = OrderBy.Nulls.DEFAULT;
                    ParsedValue nullsValue = sortInput.get("nulls");
                    if (nullsValue != null) {
                        nulls = Values.enumName(nullsValue).equals("first") ? OrderBy.Nulls.FIRST : OrderBy.Nulls.LAST;
                    }
                    terms.add(new OrderBy.Scalar(path, scalar, isDescending(sortInput.get("sort")), nulls));
                } else {
                    terms.add(new OrderBy.Scalar(path, scalar, isDescending(value), OrderBy.Nulls.DEFAULT));
                }
            } else {
                RelationField relation = (RelationField) field;
                ParsedValue.MapValue nested = (ParsedValue.MapValue) value;
                if (relation.isList()) {
                    terms.add(new OrderBy.RelationCount(path, relation, isDescending(nested.get("_count"))));
                } else {
                    List<RelationField> nestedPath = new ArrayList<>(path);
                    nestedPath.add(relation);
                    add(relation.relatedModel(), nestedPath, nested, terms);
                }
            }
        }
    }

    private static boolean isDescending(ParsedValue direction) {
        return Values.enumName(direction).equals("desc");
    }
}
