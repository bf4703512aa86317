package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Collection;

/** Update of a scalar list field: {@code set} the whole list or {@code push} values onto it. */
public final class ListUpdate<T> extends InputObject {

    public ListUpdate<T> set(Collection<? extends T> values) {
        return with("set", values == null ? null : new ArrayList<>(values));
    }

    public ListUpdate<T> push(T value) {
        return with("push", value);
    }

    public ListUpdate<T> push(Collection<? extends T> values) {
        return with("push", new ArrayList<>(values));
    }
}
