package io.prisma4j.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A known request error with Prisma's code ({@code P2025}, {@code P2002}, ...), its user-facing message
 * and its {@code meta} object.
 */
public class QueryRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Map<String, Object> meta;

    public QueryRequestException(String code, String message, Map<String, Object> meta) {
        this(code, message, meta, null);
    }

    public QueryRequestException(String code, String message, Map<String, Object> meta, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public String code() {
        return code;
    }

    public Map<String, Object> meta() {
        return meta;
    }
}
