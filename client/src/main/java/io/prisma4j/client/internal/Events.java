package io.prisma4j.client.internal;

import io.prisma4j.client.LogLevel;
import io.prisma4j.client.PrismaEvent;
import io.prisma4j.query.document.JsonValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Log events: every statement ({@code query}) and engine messages, written to SLF4J for the configured
 * levels (loggers {@code prisma4j.query}, {@code prisma4j.info}, ...) and delivered to {@code $on}
 * listeners.
 */
public final class Events {
    private static final Logger QUERY_LOG = LoggerFactory.getLogger("prisma4j.query");
    private static final Logger ENGINE_LOG = LoggerFactory.getLogger("prisma4j.engine");
    private final Set<LogLevel> logged;
    private final Map<LogLevel, List<Consumer<PrismaEvent>>> listeners = new EnumMap<>(LogLevel.class);
    private volatile boolean anyQueryListener;

    public Events(Set<LogLevel> logged) {
        this.logged = logged.isEmpty() ? EnumSet.noneOf(LogLevel.class) : EnumSet.copyOf(logged);
        for (LogLevel level : LogLevel.values()) {
            listeners.put(level, new CopyOnWriteArrayList<>());
        }
    }

    public void on(LogLevel level, Consumer<PrismaEvent> listener) {
        listeners.get(level).add(listener);
        if (level == LogLevel.QUERY) {
            anyQueryListener = true;
        }
    }

    /** Whether anyone wants statement events (so their parameters are worth rendering). */
    public boolean wantsQueries() {
        return anyQueryListener || logged.contains(LogLevel.QUERY) && QUERY_LOG.isInfoEnabled();
    }

    public void query(String sql, List<Object> parameters, long nanos) {
        if (!wantsQueries()) {
            return;
        }
        long millis = nanos / 1_000_000;
        // Rendered when a listener or the log asks; the list is copied as a caller may reuse its own.
        List<Object> values = new ArrayList<>(parameters);
        PrismaEvent event = PrismaEvent.query(Instant.now(), sql, () -> renderParams(values), millis,
                "quaint::connector::metrics");
        if (logged.contains(LogLevel.QUERY)) {
            QUERY_LOG.info("{} {} ({} ms)", sql, event.params(), millis);
        }
        for (Consumer<PrismaEvent> listener : listeners.get(LogLevel.QUERY)) {
            listener.accept(event);
        }
    }

    public void message(LogLevel level, String message) {
        if (logged.contains(level)) {
            switch (level) {
                case WARN -> ENGINE_LOG.warn(message);
                case ERROR -> ENGINE_LOG.error(message);
                default -> ENGINE_LOG.info(message);
            }
        }
        List<Consumer<PrismaEvent>> targets = listeners.get(level);
        if (!targets.isEmpty()) {
            PrismaEvent event = new PrismaEvent(level, Instant.now(), null, null, 0, message, "prisma4j");
            targets.forEach(l -> l.accept(event));
        }
    }

    /** Parameters as a JSON array, as Prisma's query events show them. */
    static String renderParams(List<Object> parameters) {
        List<Object> plain = new ArrayList<>(parameters.size());
        for (Object value : parameters) {
            plain.add(plain(value));
        }
        return JsonValues.write(plain);
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof io.prisma4j.sql.SqlValue.Json json) {
            return json.text();
        }
        if (value instanceof io.prisma4j.sql.SqlValue.Enum enumValue) {
            return enumValue.value();
        }
        if (value instanceof io.prisma4j.sql.SqlValue.Text text) {
            return text.value();
        }
        if (value instanceof io.prisma4j.sql.SqlValue.Timestamp timestamp) {
            return timestamp.value().toString();
        }
        if (value instanceof io.prisma4j.sql.SqlValue.Typed typed) {
            return plain(typed.value());
        }
        if (value instanceof io.prisma4j.sql.SqlValue.Array array) {
            List<Object> items = new ArrayList<>();
            array.values().forEach(v -> items.add(plain(v)));
            return items;
        }
        return value.toString();
    }
}
