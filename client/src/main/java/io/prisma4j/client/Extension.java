package io.prisma4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A client extension ({@code $extends}) with a {@code query} component: handlers that wrap the calls of
 * one model or all models ({@code $allModels}), for one operation or all ({@code $allOperations}).
 * <pre>{@code
 * PrismaClient extended = client.$extends(Extension.builder()
 *     .query("User", "findMany", call -> call.query(call.args()))
 *     .build());
 * }</pre>
 */
public final class Extension {
    public static final String ALL_MODELS = "$allModels";
    public static final String ALL_OPERATIONS = "$allOperations";

    /** A handler of calls. */
    @FunctionalInterface
    public interface QueryHandler extends Function<QueryCall, Object> {
    }

    record Handler(String model, String operation, QueryHandler handler) {
        boolean matches(String callModel, String callOperation) {
            return (model.equals(ALL_MODELS) || model.equalsIgnoreCase(callModel))
                    && (operation.equals(ALL_OPERATIONS) || operation.equals(callOperation));
        }
    }

    private final String name;
    private final List<Handler> handlers;

    private Extension(String name, List<Handler> handlers) {
        this.name = name;
        this.handlers = List.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    List<Handler> handlers() {
        return handlers;
    }

    /** Builds an extension. */
    public static final class Builder {
        private String name = "extension";
        private final List<Handler> handlers = new ArrayList<>();

        public Builder name(String extensionName) {
            this.name = extensionName;
            return this;
        }

        /** Wraps {@code operation} calls on {@code model} (either may be {@code $allModels}/{@code $allOperations}). */
        public Builder query(String model, String operation, QueryHandler handler) {
            handlers.add(new Handler(model, operation, handler));
            return this;
        }

        public Extension build() {
            return new Extension(name, handlers);
        }
    }
}
