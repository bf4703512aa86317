package io.prisma4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a model call through the {@code $use} middleware (first registered first), then the query
 * extensions (most recently applied first), then the engine.
 */
final class CallChain {
    private CallChain() {
    }

    /** The engine at the end of the chain. */
    interface Terminal {
        Object run(String model, String action, Map<String, ?> args);
    }

    static Object run(List<Middleware> middleware, List<Extension> extensions, String model, String action,
                      Map<String, ?> args, boolean inTransaction, Terminal terminal) {
        if (middleware.isEmpty() && extensions.isEmpty()) {
            return terminal.run(model, action, args);
        }
        MiddlewareParams params = new MiddlewareParams(model, action, args, inTransaction);
        return middleware(List.copyOf(middleware), 0, params, extensions, terminal);
    }

    private static Object middleware(List<Middleware> middleware, int index, MiddlewareParams params,
                                     List<Extension> extensions, Terminal terminal) {
        if (index == middleware.size()) {
            return extensions(extensions, params.model(), params.action(), params.args(), terminal);
        }
        return middleware.get(index).handle(params,
                next -> middleware(middleware, index + 1, next, extensions, terminal));
    }

    private static Object extensions(List<Extension> extensions, String model, String action, Map<String, Object> args,
                                     Terminal terminal) {
        List<Extension.Handler> handlers = new ArrayList<>();
        for (int i = extensions.size() - 1; i >= 0; i--) {
            for (Extension.Handler handler : extensions.get(i).handlers()) {
                if (handler.matches(model, action)) {
                    handlers.add(handler);
                }
            }
        }
        return handler(handlers, 0, model, action, args, terminal);
    }

    private static Object handler(List<Extension.Handler> handlers, int index, String model, String action,
                                  Map<String, Object> args, Terminal terminal) {
        if (index == handlers.size()) {
            return terminal.run(model, action, args);
        }
        Function<Map<String, Object>, Object> proceed = next -> handler(handlers, index + 1, model, action, next, terminal);
        return handlers.get(index).handler().apply(new QueryCall(model, action, args, proceed));
    }
}
