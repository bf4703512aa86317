package io.prisma4j.client.typed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Filter on a to-many relation: {@code posts: {some: {...}}}, {@code every}, {@code none}.
 *
 * @param <W> the related model's where builder
 */
public final class ListRelationFilter<W extends InputObject> extends InputObject {
    private final Supplier<W> where;

    public ListRelationFilter(Supplier<W> where) {
        this.where = where;
    }

    /** At least one related record matches ({@code some(p -> {})}: there is at least one). */
    public ListRelationFilter<W> some(Consumer<W> filter) {
        return withObject("some", filter, where);
    }

    /** Every related record matches (also true when there are none). */
    public ListRelationFilter<W> every(Consumer<W> filter) {
        return withObject("every", filter, where);
    }

    /** No related record matches ({@code none(p -> {})}: there are none). */
    public ListRelationFilter<W> none(Consumer<W> filter) {
        return withObject("none", filter, where);
    }
}
