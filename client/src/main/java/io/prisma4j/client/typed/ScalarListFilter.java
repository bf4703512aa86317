package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Filter of a scalar list field ({@code tags String[]}, PostgreSQL): {@code has}, {@code hasEvery}, ... */
public final class ScalarListFilter<T> extends InputObject {

    public ScalarListFilter<T> equalTo(Collection<? extends T> values) {
        return with("equals", values == null ? null : new ArrayList<>(values));
    }

    public ScalarListFilter<T> has(T value) {
        return with("has", value);
    }

    public ScalarListFilter<T> hasEvery(Collection<? extends T> values) {
        return with("hasEvery", new ArrayList<>(values));
    }

    @SafeVarargs
    public final ScalarListFilter<T> hasEvery(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T item : values) {
            list.add(item);
        }
        return with("hasEvery", list);
    }

    public ScalarListFilter<T> hasSome(Collection<? extends T> values) {
        return with("hasSome", new ArrayList<>(values));
    }

    @SafeVarargs
    public final ScalarListFilter<T> hasSome(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T item : values) {
            list.add(item);
        }
        return with("hasSome", list);
    }

    public ScalarListFilter<T> isEmpty(boolean empty) {
        return with("isEmpty", empty);
    }
}
