package io.prisma4j.client;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An operation described but not run yet, for batch transactions:
 * <pre>{@code
 * client.$transaction(List.of(
 *     PendingOperation.model("Post", "deleteMany", Map.of("where", Map.of("authorId", 1))),
 *     PendingOperation.model("User", "delete", Map.of("where", Map.of("id", 1)))));
 * }</pre>
 */
public final class PendingOperation {

    /** What kind of call this is. */
    public enum Kind {
        MODEL, QUERY_RAW, EXECUTE_RAW, QUERY_RAW_UNSAFE, EXECUTE_RAW_UNSAFE
    }

    private final Kind kind;
    private final String model;
    private final String action;
    private final Map<String, ?> args;
    private final RawSql rawSql;
    private final String unsafeSql;
    private final List<Object> parameters;

    private PendingOperation(Kind kind, String model, String action, Map<String, ?> args, RawSql rawSql,
                             String unsafeSql, List<Object> parameters) {
        this.kind = kind;
        this.model = model;
        this.action = action;
        this.args = args;
        this.rawSql = rawSql;
        this.unsafeSql = unsafeSql;
        this.parameters = parameters;
    }

    public static PendingOperation model(String model, String action, Map<String, ?> args) {
        return new PendingOperation(Kind.MODEL, model, action, args, null, null, List.of());
    }

    public static PendingOperation queryRaw(RawSql sql) {
        return new PendingOperation(Kind.QUERY_RAW, null, "$queryRaw", null, sql, null, List.of());
    }

    public static PendingOperation executeRaw(RawSql sql) {
        return new PendingOperation(Kind.EXECUTE_RAW, null, "$executeRaw", null, sql, null, List.of());
    }

    public static PendingOperation queryRawUnsafe(String sql, Object... parameters) {
        return new PendingOperation(Kind.QUERY_RAW_UNSAFE, null, "$queryRawUnsafe", null, null, sql,
                Arrays.asList(parameters));
    }

    public static PendingOperation executeRawUnsafe(String sql, Object... parameters) {
        return new PendingOperation(Kind.EXECUTE_RAW_UNSAFE, null, "$executeRawUnsafe", null, null, sql,
                Arrays.asList(parameters));
    }

    public Kind kind() {
        return kind;
    }

    public String model() {
        return model;
    }

    public String action() {
        return action;
    }

    public Map<String, ?> args() {
        return args;
    }

    public RawSql rawSql() {
        return rawSql;
    }

    public String unsafeSql() {
        return unsafeSql;
    }

    public List<Object> parameters() {
        return parameters;
    }
}
