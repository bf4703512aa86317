package io.prisma4j.client.jdbc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database error described as Prisma's driver adapters describe it ({@code cause} of the
 * {@code DriverAdapterError} in a known error's meta): its {@code kind} ({@code UniqueConstraintViolation},
 * {@code ForeignKeyConstraintViolation}, ... or the database's own kind for errors with no mapping), the
 * database's {@code originalCode} and {@code originalMessage}, and the facts of the kind.
 */
public final class DriverError {
    private final Map<String, Object> cause;

    public DriverError(Map<String, Object> cause) {
        this.cause = Collections.unmodifiableMap(new LinkedHashMap<>(cause));
    }

    public static DriverError of(String originalCode, String originalMessage, String kind, Object... keyValues) {
        Map<String, Object> cause = new LinkedHashMap<>();
        if (originalCode != null) {
            cause.put("originalCode", originalCode);
        }
        if (originalMessage != null) {
            cause.put("originalMessage", originalMessage);
        }
        cause.put("kind", kind);
        for (int i = 0; i < keyValues.length; i += 2) {
            cause.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new DriverError(cause);
    }

    public Map<String, Object> cause() {
        return cause;
    }

    public String kind() {
        return (String) cause.get("kind");
    }

    public Object get(String key) {
        return cause.get(key);
    }

    /** The {@code driverAdapterError} object of a known error's meta. */
    public Map<String, Object> toMeta() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", "DriverAdapterError");
        error.put("cause", cause);
        return error;
    }

    @Override
    public String toString() {
        return cause.toString();
    }
}
