package io.prisma4j.client;

/**
 * A {@code $use} middleware: runs around every model call, may change its model, action and arguments,
 * and decides whether and how to call {@code next} (the tutorial's timing and soft-delete middleware).
 * <pre>{@code
 * client.$use((params, next) -> {
 *     long start = System.nanoTime();
 *     Object result = next.proceed(params);
 *     log.info("Query {}.{} took {}ms", params.model(), params.action(), (System.nanoTime() - start) / 1_000_000);
 *     return result;
 * });
 * }</pre>
 */
@FunctionalInterface
public interface Middleware {

    Object handle(MiddlewareParams params, Next next);

    /** The rest of the chain. */
    @FunctionalInterface
    interface Next {
        Object proceed(MiddlewareParams params);
    }
}
