package io.prisma4j.client.typed;

/**
 * A filter on a field whose values are ordered (numbers, strings, dates): {@code lt}, {@code lte},
 * {@code gt}, {@code gte} besides {@link Filter}'s.
 */
public abstract class OrderedFilter<T, F extends OrderedFilter<T, F>> extends Filter<T, F> {

    public final F lt(T value) {
        return with("lt", value);
    }

    public final F lte(T value) {
        return with("lte", value);
    }

    public final F gt(T value) {
        return with("gt", value);
    }

    public final F gte(T value) {
        return with("gte", value);
    }
}
