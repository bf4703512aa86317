package io.prisma4j.client.typed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The small objects nested writes are made of ({@code {where, create}}, {@code {where, data}}, ...). */
final class NestedWrites {
    private NestedWrites() {
    }

    static <WU extends InputObject, CS, CE extends InputObject> Map<String, Object> connectOrCreate(
            Consumer<WU> where, Supplier<WU> whereUnique, Function<? super CS, ? extends CE> data, Supplier<CS> create) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("where", InputObject.build(where, whereUnique));
        item.put("create", InputObject.build(data, create));
        return item;
    }

    static <W extends InputObject, U extends InputObject> Map<String, Object> whereData(
            Consumer<W> where, Supplier<W> whereFactory, Consumer<U> data, Supplier<U> dataFactory) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("where", InputObject.build(where, whereFactory));
        item.put("data", InputObject.build(data, dataFactory));
        return item;
    }
}
