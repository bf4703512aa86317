package io.prisma4j.client.typed;

import java.util.Map;

/** The result of {@code createMany}, {@code updateMany} and {@code deleteMany}: how many records they touched. */
public record BatchPayload(int count) {

    static BatchPayload of(Object result) {
        if (result instanceof Map<?, ?> map && map.get("count") instanceof Number number) {
            return new BatchPayload(number.intValue());
        }
        throw new IllegalStateException("Expected {count: n}, got " + result);
    }
}
