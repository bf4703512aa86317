package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns builder values into what the dynamic API takes: enums by Prisma's name, builders as maps. */
final class InputValues {
    private InputValues() {
    }

    static Object of(Object value) {
        if (value instanceof PrismaEnum constant) {
            return constant.prismaName();
        }
        if (value instanceof InputObject builder) {
            return builder.toMap();
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object item : collection) {
                list.add(of(item));
            }
            return list;
        }
        return value;
    }
}
