package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A relation counted in {@code _count: {select: {posts: {where: {...}}}}}: only the matching records count. */
public final class RelationCountFilter<W extends InputObject> extends InputObject {
    private final Supplier<W> where;

    public RelationCountFilter(Supplier<W> where) {
        this.where = where;
    }

    public RelationCountFilter<W> where(Consumer<W> filter) {
        return withObject("where", filter, where);
    }
}
