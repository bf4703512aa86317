package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a query returns: {@code select} (only these fields), {@code include} (relations besides the
 * scalars) or {@code omit} (scalars left out). Prisma rejects {@code select} together with
 * {@code include} or {@code omit}.
 *
 * @param <A>  the concrete arguments (returned for chaining)
 * @param <S>  the model's select builder
 * @param <I>  the model's include builder
 * @param <OM> the model's omit builder
 */
public abstract class SelectionArgs<A extends SelectionArgs<A, S, I, OM>, S extends InputObject,
        I extends InputObject, OM extends InputObject> extends InputObject {
    private final Supplier<S> select;
    private final Supplier<I> include;
    private final Supplier<OM> omit;

    protected SelectionArgs(Supplier<S> select, Supplier<I> include, Supplier<OM> omit) {
        this.select = select;
        this.include = include;
        this.omit = omit;
    }

    /** Only these fields (and relations) in the result. */
    public final A select(Consumer<S> fields) {
        return withObject("select", fields, select);
    }

    /** These relations besides the scalar fields. */
    public final A include(Consumer<I> relations) {
        return withObject("include", relations, include);
    }

    /** Every scalar field but these. */
    public final A omit(Consumer<OM> fields) {
        return withObject("omit", fields, omit);
    }

    /** {@code relationLoadStrategy}: {@code "join"} or {@code "query"}. */
    public final A relationLoadStrategy(String strategy) {
        return with("relationLoadStrategy", strategy);
    }
}
