package io.prisma4j.migrate.diff;

import java.util.function.Function;

/** The same thing before and after a migration. */
public record Pair<T>(T previous, T next) {

    public <U> Pair<U> map(Function<T, U> f) {
        return new Pair<>(f.apply(previous), f.apply(next));
    }
}
