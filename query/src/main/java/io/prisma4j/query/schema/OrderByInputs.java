package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static io.prisma4j.query.schema.InputField.optional;
import static io.prisma4j.query.schema.InputField.required;
import static io.prisma4j.query.schema.InputType.enumOf;
import static io.prisma4j.query.schema.InputType.list;
import static io.prisma4j.query.schema.InputType.object;

/** orderBy input types: {@code UserOrderByWithRelationInput} and {@code UserOrderByWithAggregationInput}. */
final class OrderByInputs {
    private final QuerySchema schema;

    OrderByInputs(QuerySchema schema) {
        this.schema = schema;
    }

    /** Scalars, to-one relations (nested), to-many relations ({@code _count}), and {@code _relevance} on MySQL. */
    InputObjectType withRelation(Model model) {
        return schema.inputObject(model.name() + "OrderByWithRelationInput", () -> {
            List<InputField> fields = new ArrayList<>();
            for (Field field : ModelFields.clientFields(model)) {
                if (field instanceof ScalarField scalar) {
                    fields.add(scalarField(scalar));
                } else {
                    RelationField relation = (RelationField) field;
                    if (relation.isList()) {
                        fields.add(optional(relation.name(), object(toManyAggregate(relation.relatedModel()))));
                    } else {
                        fields.add(optional(relation.name(), object(withRelation(relation.relatedModel()))));
                    }
                }
            }
            if (schema.fullTextSearch()) {
                List<String> strings = ModelFields.clientScalars(model).stream()
                        .filter(f -> f.scalarType() == ScalarType.STRING && !f.isList()).map(ScalarField::name).toList();
                if (!strings.isEmpty()) {
                    fields.add(optional("_relevance", object(relevance(model, strings))));
                }
            }
            return fields;
        }).requireAtMostOne();
    }

    /** groupBy ordering: scalars and the aggregates {@code _count}, {@code _avg}, {@code _max}, {@code _min}, {@code _sum}. */
    InputObjectType withAggregation(Model model) {
        return schema.inputObject(model.name() + "OrderByWithAggregationInput", () -> {
            List<InputField> fields = new ArrayList<>();
            for (ScalarField scalar : ModelFields.clientScalars(model)) {
                fields.add(scalarField(scalar));
            }
            addAggregate(fields, model, "_count", "Count", f -> true);
            addAggregate(fields, model, "_avg", "Avg", ModelFields::isNumeric);
            addAggregate(fields, model, "_max", "Max", OrderByInputs::comparable);
            addAggregate(fields, model, "_min", "Min", OrderByInputs::comparable);
            addAggregate(fields, model, "_sum", "Sum", ModelFields::isNumeric);
            return fields;
        }).requireAtMostOne();
    }

    static boolean comparable(ScalarField field) {
        return !field.isList() && field.scalarType() != ScalarType.JSON;
    }

    private void addAggregate(List<InputField> fields, Model model, String name, String suffix,
                              Predicate<ScalarField> include) {
        List<ScalarField> included = ModelFields.clientScalars(model).stream().filter(include).toList();
        if (included.isEmpty()) {
            return;
        }
        InputObjectType type = schema.inputObject(model.name() + suffix + "OrderByAggregateInput", () ->
                included.stream().map(f -> optional(f.name(), enumOf(QuerySchema.SORT_ORDER))).toList())
                .requireExactlyOne();
        fields.add(optional(name, object(type)));
    }

    private InputField scalarField(ScalarField field) {
        List<InputType> types = new ArrayList<>();
        types.add(enumOf(QuerySchema.SORT_ORDER));
        if (!field.isRequired() && !field.isList()) {
            types.add(object(sortOrderInput()));
        }
        return optional(field.name(), types);
    }

    private InputObjectType sortOrderInput() {
        return schema.inputObject("SortOrderInput", () -> List.of(
                required("sort", enumOf(QuerySchema.SORT_ORDER)),
                optional("nulls", enumOf(QuerySchema.NULLS_ORDER))));
    }

    private InputObjectType toManyAggregate(Model related) {
        return schema.inputObject(related.name() + "OrderByRelationAggregateInput", () ->
                List.of(optional("_count", enumOf(QuerySchema.SORT_ORDER)))).requireExactlyOne();
    }

    private InputObjectType relevance(Model model, List<String> strings) {
        EnumDef fieldsEnum = schema.enumDef(model.name() + "OrderByRelevanceFieldEnum", () -> strings);
        return schema.inputObject(model.name() + "OrderByRelevanceInput", () -> List.of(
                required("fields", List.of(enumOf(fieldsEnum), list(enumOf(fieldsEnum)))),
                required("sort", enumOf(QuerySchema.SORT_ORDER)),
                required("search", InputType.scalar(ScalarKind.STRING))));
    }
}
