package io.prisma4j.client;

import java.util.Map;
import java.util.function.Function;

/**
 * One call seen by a query extension: its model, operation and arguments, and {@link #query} to run it
 * (with the same or changed arguments).
 */
public final class QueryCall {
    private final String model;
    private final String operation;
    private final Map<String, Object> args;
    private final Function<Map<String, Object>, Object> proceed;

    QueryCall(String model, String operation, Map<String, Object> args, Function<Map<String, Object>, Object> proceed) {
        this.model = model;
        this.operation = operation;
        this.args = args;
        this.proceed = proceed;
    }

    public String model() {
        return model;
    }

    public String operation() {
        return operation;
    }

    public Map<String, Object> args() {
        return args;
    }

    /** Runs the call with these arguments through the rest of the chain and returns its result. */
    public Object query(Map<String, ?> newArgs) {
        return proceed.apply(MiddlewareParams.mutableCopy(newArgs));
    }
}
