package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Base of every builder of arguments: it fills the map the dynamic API takes ({@code {"where": {...}}}),
 * one key per method call, in call order. Generated builders add one method per field, each a single
 * call of a helper here; the helpers return {@code this} typed as the caller's return type, so that a
 * create builder can move from {@code CreateInput<Missing, ...>} to {@code CreateInput<HasEmail, ...>}.
 */
public abstract class InputObject {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets {@code key} to {@code value} (enums by Prisma's name, builders as their maps). */
    @SuppressWarnings("unchecked")
    protected final <T> T with(String key, Object value) {
        values.put(key, InputValues.of(value));
        return (T) this;
    }

    /** Sets {@code key} to the object {@code body} builds on a new builder; a {@code null} body sets null. */
    protected final <T, B extends InputObject> T withObject(String key, Consumer<? super B> body, Supplier<B> factory) {
        return with(key, body == null ? null : build(body, factory));
    }

    /** Sets {@code key} to the object a create body returns (the typed create builders). */
    protected final <T, S, E extends InputObject> T withCreate(String key, Function<? super S, ? extends E> body,
                                                              Supplier<S> factory) {
        return with(key, build(body, factory));
    }

    /** Adds {@code value} to the list under {@code key} (repeated calls accumulate). */
    @SuppressWarnings("unchecked")
    protected final <T> T append(String key, Object value) {
        Object current = values.get(key);
        List<Object> list;
        if (current instanceof Accumulated accumulated) {
            list = accumulated.items;
        } else {
            list = new ArrayList<>();
            values.put(key, new Accumulated(list));
        }
        list.add(InputValues.of(value));
        return (T) this;
    }

    /** Adds the object each body builds on a new builder to the list under {@code key}, in order. */
    @SuppressWarnings("unchecked")
    protected final <T, B extends InputObject> T appendEach(String key, Consumer<? super B>[] bodies,
                                                           Supplier<B> factory) {
        for (Consumer<? super B> body : bodies) {
            append(key, build(body, factory));
        }
        return (T) this;
    }

    /** Adds the object each create body returns to the list under {@code key}, in order. */
    @SuppressWarnings("unchecked")
    protected final <T, S, E extends InputObject> T appendCreated(String key, Function<? super S, ? extends E>[] bodies,
                                                                 Supplier<S> factory) {
        for (Function<? super S, ? extends E> body : bodies) {
            append(key, build(body, factory));
        }
        return (T) this;
    }

    /** Adds the object the create body returns for each of {@code items} to the list under {@code key}. */
    @SuppressWarnings("unchecked")
    protected final <T, S, E extends InputObject, V> T appendCreated(String key, Collection<V> items,
                                                                    BiFunction<? super S, ? super V, ? extends E> body,
                                                                    Supplier<S> factory) {
        for (Object item : buildEach(items, body, factory)) {
            append(key, item);
        }
        return (T) this;
    }

    /** Sets {@code key} to the list of {@code values} (enums by Prisma's name): {@code distinct}, {@code by}. */
    protected final <T> T withList(String key, Object[] values) {
        return with(key, new ArrayList<>(Arrays.asList(values)));
    }

    /**
     * An object of named values, for compound keys: {@code fields("userId", 1, "roleId", 2)} is
     * {@code {userId: 1, roleId: 2}}.
     */
    protected static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], InputValues.of(namesAndValues[i + 1]));
        }
        return map;
    }

    /** Whether {@code key} was set. */
    protected final boolean has(String key) {
        return values.containsKey(key);
    }

    /** The map of a builder after {@code body} ran on it. */
    protected static <B extends InputObject> Map<String, Object> build(Consumer<? super B> body, Supplier<B> factory) {
        B builder = factory.get();
        body.accept(builder);
        return builder.toMap();
    }

    /** The map of the builder a create body returns. */
    protected static <S, E extends InputObject> Map<String, Object> build(Function<? super S, ? extends E> body,
                                                                        Supplier<S> factory) {
        E built = body.apply(factory.get());
        if (built == null) {
            throw new IllegalArgumentException("A data builder returned null: return the builder, e.g. d -> d.email(\"a@b.c\")");
        }
        return built.toMap();
    }

    /** The map of the builder {@code body} returns for one item of {@code items}. */
    protected static <S, E extends InputObject, V> List<Object> buildEach(Collection<V> items,
                                                                         BiFunction<? super S, ? super V, ? extends E> body,
                                                                         Supplier<S> factory) {
        List<Object> result = new ArrayList<>(items.size());
        for (V item : items) {
            result.add(build(s -> body.apply(s, item), factory));
        }
        return result;
    }

    /**
     * The arguments built so far, as the dynamic API takes them. Values added one by one become an
     * object when there is one ({@code create: {...}}) and a list when there are several ({@code create: [...]}).
     */
    public final Map<String, Object> toMap() {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((key, value) -> plain.put(key, value instanceof Accumulated accumulated
                ? (accumulated.items.size() == 1 && !accumulated.alwaysList ? accumulated.items.get(0)
                : List.copyOf(accumulated.items)) : value));
        return Collections.unmodifiableMap(plain);
    }

    /** Marks {@code key}'s accumulated values as a list even when there is one ({@code set: [...]}). */
    protected final void listAlways(String key) {
        if (values.get(key) instanceof Accumulated accumulated) {
            accumulated.alwaysList = true;
        } else {
            Accumulated accumulated = new Accumulated(new ArrayList<>());
            accumulated.alwaysList = true;
            values.put(key, accumulated);
        }
    }

    /** Values added by {@link #append}, kept apart from a value that is itself a list. */
    private static final class Accumulated {
        final List<Object> items;
        boolean alwaysList;

        Accumulated(List<Object> items) {
            this.items = items;
        }

        @Override
        public String toString() {
            return items.toString();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + toMap();
    }
}
