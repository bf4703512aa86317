package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Nested write on a to-one relation inside a create: {@code author: {connect: {...}}}, {@code create},
 * {@code connectOrCreate}.
 *
 * @param <CS> the related create builder as handed to the body (required fields still missing)
 * @param <CE> the related create builder once every required field is set
 * @param <WU> the related model's unique where builder
 */
public final class ToOneCreate<CS, CE extends InputObject, WU extends InputObject> extends InputObject {
    private final Supplier<CS> create;
    private final Supplier<WU> whereUnique;

    public ToOneCreate(Supplier<CS> create, Supplier<WU> whereUnique) {
        this.create = create;
        this.whereUnique = whereUnique;
    }

    /** Creates the related record. */
    public ToOneCreate<CS, CE, WU> create(Function<? super CS, ? extends CE> data) {
        return withCreate("create", data, create);
    }

    /** Links an existing record. */
    public ToOneCreate<CS, CE, WU> connect(Consumer<WU> where) {
        return withObject("connect", where, whereUnique);
    }

    /** Links the record {@code where} finds, or creates it. */
    public ToOneCreate<CS, CE, WU> connectOrCreate(Consumer<WU> where, Function<? super CS, ? extends CE> data) {
        return with("connectOrCreate", NestedWrites.connectOrCreate(where, whereUnique, data, create));
    }
}
