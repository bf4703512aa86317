package io.prisma4j.client.typed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Base of the generated where builders: {@code AND}, {@code OR} and {@code NOT} (named as Prisma names
 * them), and the to-one relation filters {@code is}/{@code isNot}.
 *
 * @param <W> the generated where builder
 */
public abstract class WhereBase<W extends WhereBase<W>> extends InputObject {

    /** A new, empty builder of the same kind, for the nested conditions. */
    protected abstract W newWhere();

    /** Every condition matches ({@code AND: [...]}). */
    @SafeVarargs
    public final W AND(Consumer<W>... conditions) {
        return appendEach("AND", conditions, this::newWhere);
    }

    /** At least one condition matches ({@code OR: [...]}). */
    @SafeVarargs
    public final W OR(Consumer<W>... conditions) {
        listAlways("OR");
        return appendEach("OR", conditions, this::newWhere);
    }

    /** No condition matches ({@code NOT: {...}} or {@code NOT: [...]}). */
    @SafeVarargs
    public final W NOT(Consumer<W>... conditions) {
        return appendEach("NOT", conditions, this::newWhere);
    }

    /** {@code field: {is: {...}}} or, with a null body, {@code field: {is: null}}. */
    protected final <B extends InputObject> W relationIs(String field, String key, Consumer<? super B> body,
                                                        Supplier<B> factory) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put(key, body == null ? null : build(body, factory));
        return with(field, filter);
    }
}
