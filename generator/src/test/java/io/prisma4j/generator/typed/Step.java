package io.prisma4j.generator.typed;

import java.util.function.Function;

/**
 * One step of a conformance suite written against a generated client: the suite's label (checked against
 * {@code cases.json}) and the typed call, or the reason the call cannot be written in typed Java (it
 * does not compile, which is the point of a typed client).
 */
record Step<C>(String label, Function<C, Object> call, String notExpressible) {

    static <C> Step<C> of(String label, Function<C, Object> call) {
        return new Step<>(label, call, null);
    }

    static <C> Step<C> rejectedByCompiler(String label, String why) {
        return new Step<>(label, null, why);
    }
}
