package io.prisma4j.client.typed;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Arguments of {@code create}: {@code data} takes a body that receives the model's create builder with
 * every required field missing and must return it with each one set (else it does not compile).
 *
 * @param <CS> the create builder with every required field missing
 * @param <CE> the create builder with every required field set
 */
public abstract class CreateArgsBase<A extends CreateArgsBase<A, CS, CE, S, I, OM>, CS, CE extends InputObject,
        S extends InputObject, I extends InputObject, OM extends InputObject> extends SelectionArgs<A, S, I, OM> {
    private final Supplier<CS> create;

    protected CreateArgsBase(Supplier<CS> create, Supplier<S> select, Supplier<I> include, Supplier<OM> omit) {
        super(select, include, omit);
        this.create = create;
    }

    /** The new record's fields and nested writes. */
    public final A data(Function<? super CS, ? extends CE> data) {
        return withCreate("data", data, create);
    }
}
