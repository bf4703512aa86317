package io.prisma4j.client.typed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Base of the generated order builders: in {@code groupBy}, ordering by an aggregate of the group
 * ({@code _count}, {@code _avg}, {@code _sum}, {@code _min}, {@code _max}).
 *
 * @param <O> the generated order builder
 */
public abstract class OrderByBase<O extends OrderByBase<O>> extends InputObject {

    /** A new, empty builder of the same kind, for the aggregate orderings. */
    protected abstract O newOrderBy();

    /** {@code {sort, nulls}}: where the nulls of an optional field go. */
    protected static Map<String, Object> sort(SortOrder sort, NullsOrder nulls) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("sort", sort.prismaName());
        order.put("nulls", nulls.prismaName());
        return order;
    }

    public final O _count(Consumer<O> fields) {
        return withObject("_count", fields, this::newOrderBy);
    }

    public final O _avg(Consumer<O> fields) {
        return withObject("_avg", fields, this::newOrderBy);
    }

    public final O _sum(Consumer<O> fields) {
        return withObject("_sum", fields, this::newOrderBy);
    }

    public final O _min(Consumer<O> fields) {
        return withObject("_min", fields, this::newOrderBy);
    }

    public final O _max(Consumer<O> fields) {
        return withObject("_max", fields, this::newOrderBy);
    }
}
