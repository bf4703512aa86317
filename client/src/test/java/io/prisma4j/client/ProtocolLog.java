package io.prisma4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The messages pgjdbc sends to PostgreSQL from this thread, as pgjdbc logs them at its finest level
 * ({@code FE=> Parse(stmt=...,query="...",oids={...})}, {@code FE=> Describe(statement=...)}, and
 * {@code Forcing Sync} when it waits for the server before executing a statement).
 */
final class ProtocolLog extends Handler implements AutoCloseable {
    // Held here: java.util.logging keeps its loggers only weakly.
    private final Logger logger = Logger.getLogger("org.postgresql");
    private final Level level = logger.getLevel();
    private final long thread = Thread.currentThread().getId();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> messages = new ArrayList<>();

    private ProtocolLog() {
    }

    static ProtocolLog start() {
        ProtocolLog log = new ProtocolLog();
        log.setLevel(Level.FINEST);
        log.logger.setLevel(Level.FINEST);
        log.logger.addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLongThreadID() == thread) {
            messages.add(formatter.formatMessage(record));
        }
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /** The Parse messages of statements whose SQL contains {@code fragment}. */
    List<String> parses(String fragment) {
        return messages().stream().filter(m -> m.contains("FE=> Parse(") && m.contains(fragment)).toList();
    }

    /** The parameter type oids of a Parse message; 0 is a parameter of unspecified type. */
    static List<String> oids(String parse) {
        String list = parse.substring(parse.lastIndexOf(",oids={") + ",oids={".length(), parse.lastIndexOf('}'));
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }

    /** How many messages contain {@code marker}. */
    long count(String marker) {
        return messages().stream().filter(m -> m.contains(marker)).count();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(level);
    }
}
