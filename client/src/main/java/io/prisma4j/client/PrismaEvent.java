package io.prisma4j.client;

import java.time.Instant;

/**
 * An event delivered to {@code $on} listeners. For {@code query} events: the SQL, its parameters as
 * JSON text and the time it took; for {@code info}, {@code warn} and {@code error}: the message.
 *
 * @param level     the event's level
 * @param timestamp when it happened
 * @param query     the SQL text ({@code query} events), else null
 * @param params    the parameters as a JSON array ({@code query} events), else null
 * @param duration  milliseconds the statement took ({@code query} events), else 0
 * @param message   the message ({@code info}, {@code warn}, {@code error}), else null
 * @param target    where it comes from ({@code quaint::connector::metrics} for queries, as Prisma names it)
 */
public record PrismaEvent(LogLevel level, Instant timestamp, String query, String params, long duration,
                          String message, String target) {
}
