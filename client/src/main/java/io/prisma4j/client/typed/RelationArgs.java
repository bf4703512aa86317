package io.prisma4j.client.typed;

import java.util.function.Supplier;

/** What to read of a to-one relation in a select or include: {@code author: {select: {...}}}. */
public final class RelationArgs<S extends InputObject, I extends InputObject, OM extends InputObject>
        extends SelectionArgs<RelationArgs<S, I, OM>, S, I, OM> {

    public RelationArgs(Supplier<S> select, Supplier<I> include, Supplier<OM> omit) {
        super(select, include, omit);
    }
}
