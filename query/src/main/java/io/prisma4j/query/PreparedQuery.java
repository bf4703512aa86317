package io.prisma4j.query;

import io.prisma4j.query.tree.Operation;
import io.prisma4j.schema.model.Model;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A validated query ready to run: the model, the client action, the operation for the engine, and how
 * to shape the engine's result as the client returns it (count returns a number, ...).
 */
public final class PreparedQuery {
    private final Model model;
    private final ClientAction action;
    private final Operation operation;
    private final UnaryOperator<Object> unpacker;

    PreparedQuery(Model model, ClientAction action, Operation operation, UnaryOperator<Object> unpacker) {
        this.model = model;
        this.action = action;
        this.operation = operation;
        this.unpacker = unpacker;
    }

    public Model model() {
        return model;
    }

    public ClientAction action() {
        return action;
    }

    public Operation operation() {
        return operation;
    }

    /** The client's result from the engine's result. */
    public Object unpack(Object engineResult) {
        return unpacker.apply(engineResult);
    }

    @SuppressWarnings("unchecked")
    static Object countUnpacker(Object result, boolean withSelect) {
        Map<String, Object> aggregate = (Map<String, Object>) result;
        Map<String, Object> count = (Map<String, Object>) aggregate.get("_count");
        return withSelect ? count : count.get("_all");
    }

    @SuppressWarnings("unchecked")
    static Object booleanCountUnpacker(Object result) {
        if (result instanceof List<?> rows) {
            for (Object row : rows) {
                Map<String, Object> map = (Map<String, Object>) row;
                map.put("_count", ((Map<String, Object>) map.get("_count")).get("_all"));
            }
            return result;
        }
        Map<String, Object> map = (Map<String, Object>) result;
        map.put("_count", ((Map<String, Object>) map.get("_count")).get("_all"));
        return map;
    }
}
