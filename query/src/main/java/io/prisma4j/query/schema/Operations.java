package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.prisma4j.query.schema.InputField.optional;
import static io.prisma4j.query.schema.InputField.required;
import static io.prisma4j.query.schema.InputType.enumOf;
import static io.prisma4j.query.schema.InputType.list;
import static io.prisma4j.query.schema.InputType.object;
import static io.prisma4j.query.schema.InputType.scalar;

/** The root operations of each model and their arguments, in Prisma's order. */
final class Operations {
    private final QuerySchema schema;

    Operations(QuerySchema schema) {
        this.schema = schema;
    }

    Optional<RootField> build(Model model, String action) {
        boolean writable = !model.isView();
        boolean unique = !FilterInputs.uniqueNames(model).isEmpty();
        OutputObjectType output = schema.outputs.model(model);
        String name = action + model.name();
        OutputField field = switch (action) {
            case "findUnique", "findUniqueOrThrow" -> unique ? new OutputField(name,
                    () -> withStrategy(List.of(whereUnique(model))), output, false, null) : null;
            case "findFirst", "findFirstOrThrow" -> new OutputField(name,
                    () -> withStrategy(manyArguments(model, true, true)), output, false, null);
            case "findMany" -> new OutputField(name, () -> withStrategy(manyArguments(model, true, true)), output,
                    true, null);
            case "aggregate" -> new OutputField(name, () -> manyArguments(model, false, true),
                    schema.outputs.aggregate(model), false, null);
            case "groupBy" -> new OutputField(name, () -> groupByArguments(model), schema.outputs.groupBy(model),
                    true, null);
            case "createOne" -> writable ? new OutputField(name, () -> withStrategy(List.of(createData(model))),
                    output, false, null) : null;
            case "createMany" -> writable ? new OutputField(name, () -> createManyArguments(model),
                    schema.outputs.affectedRows(), false, null) : null;
            case "createManyAndReturn" -> writable && schema.returning() ? new OutputField(name,
                    () -> createManyArguments(model), schema.outputs.manyAndReturn(model, "CreateMany"), true, null)
                    : null;
            case "updateOne" -> writable && unique ? new OutputField(name, () -> withStrategy(List.of(
                    required("data", schema.data.updateTypes(model, null)), whereUnique(model))), output, false, null)
                    : null;
            case "updateMany" -> writable ? new OutputField(name, () -> updateManyArguments(model),
                    schema.outputs.affectedRows(), false, null) : null;
            case "updateManyAndReturn" -> writable && schema.returning() ? new OutputField(name,
                    () -> updateManyArguments(model), schema.outputs.manyAndReturn(model, "UpdateMany"), true, null)
                    : null;
            case "upsertOne" -> writable && unique ? new OutputField(name, () -> withStrategy(List.of(
                    whereUnique(model),
                    required("create", schema.data.createTypes(model, null)),
                    required("update", schema.data.updateTypes(model, null)))), output, false, null) : null;
            case "deleteOne" -> writable && unique ? new OutputField(name,
                    () -> withStrategy(List.of(whereUnique(model))), output, false, null) : null;
            case "deleteMany" -> writable ? new OutputField(name, () -> List.of(whereArgument(model),
                    optional("limit", scalar(ScalarKind.INT))), schema.outputs.affectedRows(), false, null) : null;
            default -> null;
        };
        return Optional.ofNullable(field).map(f -> new RootField(action, model, f));
    }

    InputField whereArgument(Model model) {
        return optional("where", object(schema.filters.where(model)));
    }

    private InputField whereUnique(Model model) {
        return required("where", object(schema.filters.whereUnique(model)));
    }

    /** where, orderBy, cursor, take, skip and (for find operations) distinct. */
    List<InputField> manyArguments(Model model, boolean distinct, boolean unused) {
        InputType orderBy = object(schema.orderBy.withRelation(model));
        List<InputField> args = new ArrayList<>();
        args.add(whereArgument(model));
        args.add(optional("orderBy", List.of(list(orderBy), orderBy)));
        args.add(optional("cursor", object(schema.filters.whereUnique(model))));
        args.add(optional("take", scalar(ScalarKind.INT)));
        args.add(optional("skip", scalar(ScalarKind.INT)));
        if (distinct) {
            InputType fields = enumOf(schema.scalarFieldEnum(model));
            args.add(optional("distinct", List.of(fields, list(fields))));
        }
        return args;
    }

    private List<InputField> withStrategy(List<InputField> args) {
        List<InputField> result = new ArrayList<>(args);
        result.add(optional("relationLoadStrategy", enumOf(QuerySchema.RELATION_LOAD_STRATEGY)));
        return result;
    }

    private List<InputField> groupByArguments(Model model) {
        InputType orderBy = object(schema.orderBy.withAggregation(model));
        InputType fields = enumOf(schema.scalarFieldEnum(model));
        return List.of(
                whereArgument(model),
                optional("orderBy", List.of(list(orderBy), orderBy)),
                required("by", List.of(list(fields), fields)),
                optional("having", object(schema.filters.scalarWhere(model, true))),
                optional("take", scalar(ScalarKind.INT)),
                optional("skip", scalar(ScalarKind.INT)));
    }

    /** {@code data}: optional only when every field is optional or defaulted. */
    private InputField createData(Model model) {
        boolean anyRequired = false;
        for (Field field : ModelFields.clientFields(model)) {
            if (field.isRequired() && (!(field instanceof ScalarField scalar) || !scalar.hasDefault())) {
                anyRequired = true;
                break;
            }
        }
        List<InputType> types = schema.data.createTypes(model, null);
        return anyRequired ? required("data", types) : optional("data", types);
    }

    private List<InputField> createManyArguments(Model model) {
        List<InputField> args = new ArrayList<>();
        args.add(required("data", QuerySchema.listUnion(object(schema.data.createMany(model, null)), true)));
        if (schema.skipDuplicates()) {
            args.add(optional("skipDuplicates", scalar(ScalarKind.BOOLEAN)));
        }
        return args;
    }

    private List<InputField> updateManyArguments(Model model) {
        return List.of(
                required("data", schema.data.updateManyTypes(model, null)),
                whereArgument(model),
                optional("limit", scalar(ScalarKind.INT)));
    }
}
