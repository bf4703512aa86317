package io.prisma4j.client;

import java.time.Duration;

/**
 * Options of a transaction: isolation level (database default when null), how long to wait for a
 * connection ({@code maxWait}, default 2 s) and how long an interactive transaction may run
 * ({@code timeout}, default 5 s). The isolation level is given by Prisma's name so that an unknown one
 * fails as Prisma fails (P2023).
 */
public record TransactionOptions(String isolationLevel, Duration maxWait, Duration timeout) {
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMillis(2000);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(5000);

    public static TransactionOptions defaults() {
        return new TransactionOptions(null, DEFAULT_MAX_WAIT, DEFAULT_TIMEOUT);
    }

    public TransactionOptions withIsolationLevel(IsolationLevel level) {
        return new TransactionOptions(level == null ? null : level.prismaName(), maxWait, timeout);
    }

    public TransactionOptions withIsolationLevel(String level) {
        return new TransactionOptions(level, maxWait, timeout);
    }

    public TransactionOptions withMaxWait(Duration value) {
        return new TransactionOptions(isolationLevel, value, timeout);
    }

    public TransactionOptions withTimeout(Duration value) {
        return new TransactionOptions(isolationLevel, maxWait, value);
    }

    Duration effectiveMaxWait() {
        return maxWait == null ? DEFAULT_MAX_WAIT : maxWait;
    }

    Duration effectiveTimeout() {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }
}
