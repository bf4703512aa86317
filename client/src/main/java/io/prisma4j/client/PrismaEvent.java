package io.prisma4j.client;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An event delivered to {@code $on} listeners. For {@code query} events: the SQL, its parameters as
 * JSON text and the time it took; for {@code info}, {@code warn} and {@code error}: the message.
 *
 * <p>A query event renders its parameters when {@link #params()} is first called: a listener that counts
 * or times statements does not pay for the JSON of a createMany's thousands of values.
 */
public final class PrismaEvent {
    private final LogLevel level;
    private final Instant timestamp;
    private final String query;
    private final long duration;
    private final String message;
    private final String target;
    private Supplier<String> paramsSource;
    private String params;

    /**
     * @param level     the event's level
     * @param timestamp when it happened
     * @param query     the SQL text ({@code query} events), else null
     * @param params    the parameters as a JSON array ({@code query} events), else null
     * @param duration  milliseconds the statement took ({@code query} events), else 0
     * @param message   the message ({@code info}, {@code warn}, {@code error}), else null
     * @param target    where it comes from ({@code quaint::connector::metrics} for queries, as Prisma names it)
     */
    public PrismaEvent(LogLevel level, Instant timestamp, String query, String params, long duration,
                       String message, String target) {
        this(level, timestamp, query, null, params, duration, message, target);
    }

    private PrismaEvent(LogLevel level, Instant timestamp, String query, Supplier<String> paramsSource, String params,
                        long duration, String message, String target) {
        this.level = level;
        this.timestamp = timestamp;
        this.query = query;
        this.paramsSource = paramsSource;
        this.params = params;
        this.duration = duration;
        this.message = message;
        this.target = target;
    }

    /** A {@code query} event whose parameters {@code params} renders as JSON when they are first asked for. */
    public static PrismaEvent query(Instant timestamp, String sql, Supplier<String> params, long duration,
                                    String target) {
        return new PrismaEvent(LogLevel.QUERY, timestamp, sql, Objects.requireNonNull(params), null, duration, null,
                target);
    }

    public LogLevel level() {
        return level;
    }

    public Instant timestamp() {
        return timestamp;
    }

    /** The SQL text ({@code query} events), else null. */
    public String query() {
        return query;
    }

    /** The parameters as a JSON array ({@code query} events), else null. */
    public synchronized String params() {
        if (paramsSource != null) {
            params = paramsSource.get();
            paramsSource = null;
        }
        return params;
    }

    /** Milliseconds the statement took ({@code query} events), else 0. */
    public long duration() {
        return duration;
    }

    /** The message ({@code info}, {@code warn}, {@code error}), else null. */
    public String message() {
        return message;
    }

    /** Where it comes from ({@code quaint::connector::metrics} for queries, as Prisma names it). */
    public String target() {
        return target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrismaEvent that && level == that.level && duration == that.duration
                && Objects.equals(timestamp, that.timestamp) && Objects.equals(query, that.query)
                && Objects.equals(params(), that.params()) && Objects.equals(message, that.message)
                && Objects.equals(target, that.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, timestamp, query, params(), duration, message, target);
    }

    @Override
    public String toString() {
        return "PrismaEvent[level=" + level + ", timestamp=" + timestamp + ", query=" + query + ", params=" + params()
                + ", duration=" + duration + ", message=" + message + ", target=" + target + "]";
    }
}
