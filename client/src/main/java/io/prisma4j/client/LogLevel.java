package io.prisma4j.client;

import java.util.Locale;

/** Prisma's log levels: each statement ({@code query}), and engine messages at info, warn and error. */
public enum LogLevel {
    QUERY, INFO, WARN, ERROR;

    /** The name Prisma uses ({@code "query"}). */
    public String prismaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LogLevel fromName(String name) {
        for (LogLevel level : values()) {
            if (level.prismaName().equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown log level \"" + name + "\". Levels: query, info, warn, error");
    }
}
