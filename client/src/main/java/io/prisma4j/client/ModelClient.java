package io.prisma4j.client;

import java.util.List;
import java.util.Map;

/**
 * The actions of one model, each taking arguments shaped as Prisma Client JS takes them
 * ({@code where}, {@code data}, {@code select}, {@code include}, ...) and returning Prisma's shapes:
 * records as maps in selection order, {@code {count: n}} for the many-writes.
 */
public final class ModelClient {
    private final PrismaOperations client;
    private final String model;

    ModelClient(PrismaOperations client, String model) {
        this.client = client;
        this.model = model;
    }

    public String name() {
        return model;
    }

    /** The record, or {@code null}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> findUnique(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "findUnique", args);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> findUniqueOrThrow(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "findUniqueOrThrow", args);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> findFirst(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "findFirst", args);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> findFirstOrThrow(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "findFirstOrThrow", args);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> findMany(Map<String, ?> args) {
        return (List<Map<String, Object>>) client.execute(model, "findMany", args);
    }

    public List<Map<String, Object>> findMany() {
        return findMany(Map.of());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> create(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "create", args);
    }

    /** {@code {count: n}}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> createMany(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "createMany", args);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> createManyAndReturn(Map<String, ?> args) {
        return (List<Map<String, Object>>) client.execute(model, "createManyAndReturn", args);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> update(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "update", args);
    }

    /** {@code {count: n}}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> updateMany(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "updateMany", args);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> updateManyAndReturn(Map<String, ?> args) {
        return (List<Map<String, Object>>) client.execute(model, "updateManyAndReturn", args);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> upsert(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "upsert", args);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> delete(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "delete", args);
    }

    /** {@code {count: n}}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> deleteMany(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "deleteMany", args);
    }

    /** The number of matching records ({@code Integer}), or with {@code select} a map of counts. */
    public Object count(Map<String, ?> args) {
        return client.execute(model, "count", args);
    }

    /** The number of records. */
    public int count() {
        return ((Number) count(Map.of())).intValue();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> aggregate(Map<String, ?> args) {
        return (Map<String, Object>) client.execute(model, "aggregate", args);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> groupBy(Map<String, ?> args) {
        return (List<Map<String, Object>>) client.execute(model, "groupBy", args);
    }

    /** The same call, not run yet, for a batch {@code $transaction}. */
    public PendingOperation pending(String action, Map<String, ?> args) {
        return PendingOperation.model(model, action, args);
    }
}
