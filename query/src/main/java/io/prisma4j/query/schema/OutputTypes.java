package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Output object types: models, relation counts, aggregates and groupBy rows. */
final class OutputTypes {
    private final QuerySchema schema;

    OutputTypes(QuerySchema schema) {
        this.schema = schema;
    }

    /** {@code User}: its scalars, its relations (with their selection arguments) and {@code _count}. */
    OutputObjectType model(Model model) {
        return schema.outputObject(model.name(), OutputObjectType.Kind.MODEL, model, () -> {
            List<OutputField> fields = new ArrayList<>();
            for (Field field : ModelFields.clientFields(model)) {
                if (field instanceof ScalarField) {
                    fields.add(OutputField.scalar(field.name(), field));
                } else {
                    fields.add(relationField((RelationField) field));
                }
            }
            List<RelationField> toMany = ModelFields.clientRelations(model).stream().filter(Field::isList).toList();
            if (!toMany.isEmpty()) {
                fields.add(new OutputField("_count", List::of, relationCount(model, toMany), false, null));
            }
            return fields;
        });
    }

    private OutputField relationField(RelationField field) {
        Model related = field.relatedModel();
        if (field.isList()) {
            return new OutputField(field.name(), () -> schema.operations.manyArguments(related, true, false),
                    model(related), true, field);
        }
        if (field.isOptional()) {
            return new OutputField(field.name(), () -> List.of(schema.operations.whereArgument(related)),
                    model(related), false, field);
        }
        return new OutputField(field.name(), List::of, model(related), false, field);
    }

    /** {@code UserCountOutputType}: one count per to-many relation, each filterable with {@code where}. */
    private OutputObjectType relationCount(Model model, List<RelationField> toMany) {
        return schema.outputObject(model.name() + "CountOutputType", OutputObjectType.Kind.RELATION_COUNT, model,
                () -> toMany.stream().map(f -> new OutputField(f.name(),
                        () -> List.of(schema.operations.whereArgument(f.relatedModel())), null, false, f)).toList());
    }

    /** {@code AggregateUser}: {@code _count}, {@code _avg}, {@code _sum}, {@code _min}, {@code _max}. */
    OutputObjectType aggregate(Model model) {
        return schema.outputObject("Aggregate" + model.name(), OutputObjectType.Kind.AGGREGATE, model,
                () -> aggregateFields(model));
    }

    /** {@code UserGroupByOutputType}: the scalars plus the aggregates. */
    OutputObjectType groupBy(Model model) {
        return schema.outputObject(model.name() + "GroupByOutputType", OutputObjectType.Kind.GROUP_BY, model, () -> {
            List<OutputField> fields = new ArrayList<>();
            for (ScalarField scalar : ModelFields.clientScalars(model)) {
                fields.add(OutputField.scalar(scalar.name(), scalar));
            }
            fields.addAll(aggregateFields(model));
            return fields;
        });
    }

    private List<OutputField> aggregateFields(Model model) {
        List<OutputField> fields = new ArrayList<>();
        OutputObjectType count = aggregateType(model, "Count", f -> true, true);
        fields.add(new OutputField("_count", List::of, count, false, null));
        addAggregate(fields, model, "_avg", "Avg", ModelFields::isNumeric);
        addAggregate(fields, model, "_sum", "Sum", ModelFields::isNumeric);
        addAggregate(fields, model, "_min", "Min", OrderByInputs::comparable);
        addAggregate(fields, model, "_max", "Max", OrderByInputs::comparable);
        return fields;
    }

    private void addAggregate(List<OutputField> fields, Model model, String name, String suffix,
                              Predicate<ScalarField> include) {
        if (ModelFields.clientScalars(model).stream().anyMatch(include)) {
            fields.add(new OutputField(name, List::of, aggregateType(model, suffix, include, false), false, null));
        }
    }

    private OutputObjectType aggregateType(Model model, String suffix, Predicate<ScalarField> include, boolean all) {
        return schema.outputObject(model.name() + suffix + "AggregateOutputType",
                OutputObjectType.Kind.AGGREGATE_FIELDS, model, () -> {
                    List<OutputField> fields = new ArrayList<>();
                    for (ScalarField scalar : ModelFields.clientScalars(model)) {
                        if (include.test(scalar)) {
                            fields.add(OutputField.scalar(scalar.name(), scalar));
                        }
                    }
                    if (all) {
                        fields.add(OutputField.scalar("_all", null));
                    }
                    return fields;
                });
    }

    /** {@code AffectedRowsOutput}: {@code count}. */
    OutputObjectType affectedRows() {
        return schema.outputObject("AffectedRowsOutput", OutputObjectType.Kind.AFFECTED_ROWS, null,
                () -> List.of(OutputField.scalar("count", null)));
    }

    /** The rows of createManyAndReturn/updateManyAndReturn: scalars and to-one relations. */
    OutputObjectType manyAndReturn(Model model, String operation) {
        return schema.outputObject(operation + model.name() + "AndReturnOutputType", OutputObjectType.Kind.MODEL,
                model, () -> {
                    List<OutputField> fields = new ArrayList<>();
                    for (Field field : ModelFields.clientFields(model)) {
                        if (field instanceof ScalarField) {
                            fields.add(OutputField.scalar(field.name(), field));
                        } else if (!field.isList()) {
                            fields.add(relationField((RelationField) field));
                        }
                    }
                    return fields;
                });
    }
}
