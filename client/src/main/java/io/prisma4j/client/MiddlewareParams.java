package io.prisma4j.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code $use} middleware sees and may change before passing the call on: the model, the action
 * and the arguments (mutable maps, nested ones included).
 */
public final class MiddlewareParams {
    private String model;
    private String action;
    private Map<String, Object> args;
    private final List<String> dataPath;
    private final boolean runInTransaction;

    public MiddlewareParams(String model, String action, Map<String, ?> args, boolean runInTransaction) {
        this.model = model;
        this.action = action;
        this.args = mutableCopy(args);
        this.dataPath = new ArrayList<>();
        this.runInTransaction = runInTransaction;
    }

    public String model() {
        return model;
    }

    public void model(String newModel) {
        this.model = newModel;
    }

    public String action() {
        return action;
    }

    public void action(String newAction) {
        this.action = newAction;
    }

    /** The arguments; change them in place or replace them. */
    public Map<String, Object> args() {
        return args;
    }

    public void args(Map<String, ?> newArgs) {
        this.args = mutableCopy(newArgs);
    }

    public List<String> dataPath() {
        return dataPath;
    }

    public boolean runInTransaction() {
        return runInTransaction;
    }

    /** A deep copy whose maps and lists can be changed ({@code params.args().get("where")...put(...)}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mutableCopy(Map<String, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (source != null) {
            source.forEach((k, v) -> copy.put(k, copyValue(v)));
        }
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return mutableCopy((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copyValue(v)));
            return copy;
        }
        return value;
    }

    @Override
    public String toString() {
        return model + "." + action + " " + args;
    }
}
