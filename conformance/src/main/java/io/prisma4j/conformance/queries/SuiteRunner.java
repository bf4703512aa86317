package io.prisma4j.conformance.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prisma4j.client.PendingOperation;
import io.prisma4j.client.PrismaClient;
import io.prisma4j.client.PrismaOperations;
import io.prisma4j.client.RawSql;
import io.prisma4j.client.TransactionOptions;
import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays one suite of {@code cases.json} on one provider, step by step on one client, and produces the
 * answer line of each step in the corpus's format.
 */
final class SuiteRunner {
    private final Path suite;
    private final String provider;

    SuiteRunner(Path suite, String provider) {
        this.suite = suite;
        this.provider = provider;
    }

    /** The answer lines, one per step (skipped steps included). */
    List<ObjectNode> run() throws Exception {
        JsonNode cases = CorpusJson.MAPPER.readTree(Files.readString(suite.resolve("cases.json")));
        String ddl = Files.readString(suite.resolve("ddl." + provider + ".sql"));
        TestDatabase database = SuiteDatabase.create(provider, suite.getFileName().toString(), ddl);
        List<ObjectNode> lines = new ArrayList<>();
        PrismaClient.Builder builder = PrismaClient.builder()
                .schema(suite.resolve("schema." + provider + ".prisma"))
                .datasourceUrl(database.url());
        String strategy = System.getenv("PRISMA4J_RELATION_LOAD_STRATEGY");
        if (strategy != null && !strategy.isBlank()) {
            builder.relationLoadStrategy(strategy);
        }
        try (PrismaClient client = builder.build()) {
            int index = 0;
            for (JsonNode step : cases) {
                ObjectNode line = CorpusJson.MAPPER.createObjectNode();
                line.put("i", index++);
                line.put("label", step.path("label").asText());
                if (step.has("only") && !contains(step.get("only"), provider)) {
                    line.put("skipped", provider);
                    lines.add(line);
                    continue;
                }
                try {
                    line.set("result", CorpusJson.encode(run(client, step)));
                } catch (Exception | AssertionError e) {
                    line.set("error", CorpusJson.encodeError(e));
                }
                lines.add(line);
            }
        } finally {
            database.close();
        }
        return lines;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private Object run(PrismaOperations client, JsonNode step) throws Exception {
        String action = step.path("action").asText();
        JsonNode args = step.get("args");
        switch (action) {
            case "$queryRawUnsafe", "$executeRawUnsafe" -> {
                String sql = args.get(0).asText();
                Object[] params = new Object[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    params[i - 1] = CorpusJson.decode(args.get(i));
                }
                return action.equals("$queryRawUnsafe") ? client.$queryRawUnsafe(sql, params)
                        : client.$executeRawUnsafe(sql, params);
            }
            case "$queryRaw", "$executeRaw" -> {
                RawSql sql = template(args);
                return action.equals("$queryRaw") ? client.$queryRaw(sql) : client.$executeRaw(sql);
            }
            case "$transaction" -> {
                TransactionOptions options = options(step.get("options"));
                if (step.path("interactive").asBoolean(false)) {
                    return client.$transaction(tx -> interactive(tx, step.get("steps")), options);
                }
                List<PendingOperation> operations = new ArrayList<>();
                for (JsonNode inner : step.get("steps")) {
                    operations.add(pending(inner));
                }
                return client.$transaction(operations, options);
            }
            default -> {
                Map<String, Object> decoded = args == null ? new LinkedHashMap<>() : (Map<String, Object>) CorpusJson.decode(args);
                return client.execute(step.get("model").asText(), action, decoded);
            }
        }
    }

    private static RawSql template(JsonNode args) {
        List<String> strings = new ArrayList<>();
        args.get(0).forEach(s -> strings.add(s.asText()));
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            values[i - 1] = CorpusJson.decode(args.get(i));
        }
        return RawSql.template(strings, values);
    }

    @SuppressWarnings("unchecked")
    private static PendingOperation pending(JsonNode step) {
        String action = step.path("action").asText();
        JsonNode args = step.get("args");
        return switch (action) {
            case "$queryRawUnsafe", "$executeRawUnsafe" -> {
                Object[] params = new Object[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    params[i - 1] = CorpusJson.decode(args.get(i));
                }
                yield action.equals("$queryRawUnsafe") ? PendingOperation.queryRawUnsafe(args.get(0).asText(), params)
                        : PendingOperation.executeRawUnsafe(args.get(0).asText(), params);
            }
            case "$queryRaw" -> PendingOperation.queryRaw(template(args));
            case "$executeRaw" -> PendingOperation.executeRaw(template(args));
            default -> PendingOperation.model(step.get("model").asText(), action,
                    args == null ? new LinkedHashMap<>() : (Map<String, Object>) CorpusJson.decode(args));
        };
    }

    /** The steps of an interactive transaction; named ({@code as}) results form an object, else a list. */
    private Object interactive(PrismaOperations tx, JsonNode steps) throws Exception {
        List<Object> results = new ArrayList<>();
        Map<String, Object> named = new LinkedHashMap<>();
        boolean anyNamed = false;
        List<Object> byIndex = new ArrayList<>();
        for (JsonNode step : steps) {
            if (step.path("action").asText().equals("$throw")) {
                byIndex.add(null);
                if (!step.has("if") || condition(step.get("if"), byIndex)) {
                    throw new RuntimeException(step.get("args").get(0).asText());
                }
                continue;
            }
            Object result = run(tx, step);
            byIndex.add(result);
            if (step.has("as")) {
                anyNamed = true;
                named.put(step.get("as").asText(), result);
            } else {
                results.add(result);
            }
        }
        return anyNamed ? named : results;
    }

    @SuppressWarnings("unchecked")
    private static boolean condition(JsonNode condition, List<Object> results) {
        Object value = results.get(condition.get("step").asInt());
        for (JsonNode key : condition.get("path")) {
            value = value instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key.asText()) : null;
        }
        if (!(value instanceof Number number)) {
            return condition.has("equals") && CorpusJson.decode(condition.get("equals")) == null && value == null;
        }
        double v = number.doubleValue();
        if (condition.has("lt")) {
            return v < condition.get("lt").asDouble();
        }
        if (condition.has("lte")) {
            return v <= condition.get("lte").asDouble();
        }
        if (condition.has("gt")) {
            return v > condition.get("gt").asDouble();
        }
        if (condition.has("gte")) {
            return v >= condition.get("gte").asDouble();
        }
        return condition.has("equals") && v == condition.get("equals").asDouble();
    }

    private static TransactionOptions options(JsonNode options) {
        TransactionOptions result = TransactionOptions.defaults();
        if (options == null) {
            return result;
        }
        if (options.has("isolationLevel")) {
            result = result.withIsolationLevel(options.get("isolationLevel").asText());
        }
        if (options.has("maxWait")) {
            result = result.withMaxWait(Duration.ofMillis(options.get("maxWait").asLong()));
        }
        if (options.has("timeout")) {
            result = result.withTimeout(Duration.ofMillis(options.get("timeout").asLong()));
        }
        return result;
    }
}
