package io.prisma4j.query;

import io.prisma4j.query.build.OperationBuilder;
import io.prisma4j.query.document.ArgumentSerializer;
import io.prisma4j.query.document.DocumentParser;
import io.prisma4j.query.document.FieldQuery;
import io.prisma4j.query.document.ParsedField;
import io.prisma4j.query.schema.QuerySchema;
import io.prisma4j.query.schema.RootField;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Front door of the query engine: validates a model action with arguments shaped as Prisma Client JS
 * takes them and returns the operation to execute.
 * <pre>{@code
 * QueryEngine engine = new QueryEngine(dataModel);
 * PreparedQuery query = engine.prepare("User", "findMany", Map.of("where", Map.of("email", "a@b.c")));
 * }</pre>
 * Validation failures throw {@link io.prisma4j.query.document.ValidationException} with Prisma's message;
 * operations the database does not have throw {@link QueryUnknownRequestException}.
 */
public final class QueryEngine {
    private final DataModel dataModel;
    private final QuerySchema schema;
    /** Models by the names callers use ({@code User} or {@code user}), resolved once. */
    private final Map<String, Model> byName = new java.util.concurrent.ConcurrentHashMap<>();

    public QueryEngine(DataModel dataModel) {
        this.dataModel = dataModel;
        this.schema = new QuerySchema(dataModel);
    }

    public DataModel dataModel() {
        return dataModel;
    }

    public QuerySchema schema() {
        return schema;
    }

    /** A model by its name ({@code User}) or client property ({@code user}). */
    public Model model(String name) {
        Model known = byName.get(name);
        if (known != null) {
            return known;
        }
        Model model = dataModel.model(name).orElse(null);
        if (model == null) {
            for (Model candidate : dataModel.allModels()) {
                if (lowerFirst(candidate.name()).equals(name)) {
                    model = candidate;
                    break;
                }
            }
        }
        if (model == null) {
            throw new IllegalArgumentException("The schema has no model named \"" + name + "\". Models: "
                    + String.join(", ", dataModel.allModels().stream().map(Model::name).toList()));
        }
        byName.put(name, model);
        return model;
    }

    /** Validates a client call ({@code findMany}, {@code create}, {@code count}, ...). */
    public PreparedQuery prepare(String modelName, String actionName, Map<String, ?> args) {
        Model model = model(modelName);
        ClientAction action = ClientAction.fromName(actionName).orElseThrow(() -> new IllegalArgumentException(
                "Unknown action \"" + actionName + "\". Actions: " + String.join(", ",
                        java.util.Arrays.stream(ClientAction.values()).map(ClientAction::clientName).toList())));
        Map<String, Object> given = args == null ? new LinkedHashMap<>() : new LinkedHashMap<>(args);
        UnaryOperator<Object> unpacker = UnaryOperator.identity();
        Map<String, Object> engineArgs = given;
        switch (action) {
            case COUNT -> {
                boolean withSelect = given.get("select") instanceof Map<?, ?>;
                Map<String, Object> rest = new LinkedHashMap<>(given);
                Object select = rest.remove("select");
                rest.put("_count", withSelect ? select : Map.of("_all", true));
                engineArgs = desugarAggregate(rest);
                unpacker = result -> PreparedQuery.countUnpacker(result, withSelect);
            }
            case AGGREGATE -> {
                boolean booleanCount = given.get("_count") instanceof Boolean;
                engineArgs = desugarAggregate(given);
                if (booleanCount) {
                    unpacker = PreparedQuery::booleanCountUnpacker;
                }
            }
            case GROUP_BY -> {
                boolean booleanCount = given.get("_count") instanceof Boolean;
                engineArgs = desugarAggregate(given);
                @SuppressWarnings("unchecked")
                Map<String, Object> select = (Map<String, Object>) engineArgs.get("select");
                Object by = given.get("by");
                if (by instanceof List<?> list) {
                    for (Object key : list) {
                        if (key instanceof String s) {
                            select.put(s, true);
                        }
                    }
                } else if (by instanceof String s) {
                    select.put(s, true);
                }
                if (booleanCount) {
                    unpacker = PreparedQuery::booleanCountUnpacker;
                }
            }
            default -> {
            }
        }
        RootField root = schema.rootField(model, action.protocolName()).orElseThrow(() ->
                new QueryUnknownRequestException("Operation '" + action.clientName() + "' for model '" + model.name()
                        + "' does not match any query."));
        FieldQuery query = ArgumentSerializer.serialize(engineArgs, root.field().objectType());
        ParsedField parsed = DocumentParser.parse(root.field(), query);
        Operation operation = OperationBuilder.build(root, parsed);
        return new PreparedQuery(model, action, operation, unpacker);
    }

    /** {@code aggregate}'s sugar: {@code _count: true} is {@code _count: {_all: true}}, aggregates move into select. */
    private static Map<String, Object> desugarAggregate(Map<String, Object> args) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> select = new LinkedHashMap<>();
        result.put("select", select);
        for (Map.Entry<String, Object> entry : args.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("_count") && value instanceof Boolean b) {
                value = Map.of("_all", b);
            }
            if (key.equals("_count") || key.equals("_avg") || key.equals("_sum") || key.equals("_min")
                    || key.equals("_max")) {
                select.put(key, Map.of("select", value));
            } else {
                result.put(key, value);
            }
        }
        return result;
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
