package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A filter on one scalar field ({@code where: {name: {equals: ..., not: ..., in: [...]}}}), also the
 * filter of an aggregate in {@code having} ({@code _count}, {@code _min}, {@code _max}). Prisma's key
 * {@code equals} is {@link #equalTo} here: {@code equals} belongs to {@link Object}.
 *
 * @param <T> the field's Java type
 * @param <F> the concrete filter (returned by every method, for chaining)
 */
public abstract class Filter<T, F extends Filter<T, F>> extends InputObject {

    /** A new, empty filter of the same kind (for {@code not: {...}} and the aggregate filters). */
    protected abstract F newFilter();

    /** {@code equals}: the field holds {@code value} ({@code null} matches a null field). */
    public final F equalTo(T value) {
        return with("equals", value);
    }

    /** {@code not: value}: the field does not hold {@code value} ({@code null}: the field is not null). */
    public final F not(T value) {
        return with("not", value);
    }

    /** {@code not: {...}}: the nested filter does not match. */
    public final F not(Consumer<F> filter) {
        return withObject("not", filter, this::newFilter);
    }

    /** {@code in}: the field holds one of {@code values}. */
    public final F in(Collection<? extends T> values) {
        return with("in", new ArrayList<>(values));
    }

    @SafeVarargs
    public final F in(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T item : values) {
            list.add(item);
        }
        return with("in", list);
    }

    /** {@code notIn}: the field holds none of {@code values}. */
    public final F notIn(Collection<? extends T> values) {
        return with("notIn", new ArrayList<>(values));
    }

    @SafeVarargs
    public final F notIn(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T item : values) {
            list.add(item);
        }
        return with("notIn", list);
    }

    /** In {@code having}: a filter on the group's count of this field. */
    public final F _count(Consumer<IntFilter> filter) {
        return withObject("_count", filter, IntFilter::new);
    }

    /** In {@code having}: a filter on the group's minimum of this field. */
    public final F _min(Consumer<F> filter) {
        return withObject("_min", filter, this::newFilter);
    }

    /** In {@code having}: a filter on the group's maximum of this field. */
    public final F _max(Consumer<F> filter) {
        return withObject("_max", filter, this::newFilter);
    }
}
