package io.prisma4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request failed for a known reason with a Prisma code: P2002 (unique constraint), P2003 (foreign
 * key), P2025 (record not found), P2028 (transaction), P2034 (write conflict, retry), P2024 (pool
 * timeout), ... {@link #meta()} carries the facts (model, constraint, the database's own error).
 */
public final class PrismaClientKnownRequestException extends PrismaException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Map<String, Object> meta;

    public PrismaClientKnownRequestException(String code, String message, String coreMessage, Map<String, Object> meta,
                                             Throwable cause) {
        super(message, coreMessage, cause);
        this.code = code;
        this.meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    @Override
    public String name() {
        return "PrismaClientKnownRequestError";
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Map<String, Object> meta() {
        return meta;
    }
}
