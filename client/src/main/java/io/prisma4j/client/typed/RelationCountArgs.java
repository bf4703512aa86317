package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@code _count: {select: {...}}} in a select or include: which relations to count. */
public final class RelationCountArgs<CS extends InputObject> extends InputObject {
    private final Supplier<CS> select;

    public RelationCountArgs(Supplier<CS> select) {
        this.select = select;
    }

    public RelationCountArgs<CS> select(Consumer<CS> relations) {
        return withObject("select", relations, select);
    }
}
