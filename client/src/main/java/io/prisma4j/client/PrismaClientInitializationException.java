package io.prisma4j.client;

/**
 * The client could not start or reach its database: P1000 (authentication failed), P1001 (server not
 * reachable), P1003 (database does not exist), P1012 (invalid schema), ...
 */
public final class PrismaClientInitializationException extends PrismaException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;

    public PrismaClientInitializationException(String errorCode, String message, Throwable cause) {
        super(message, message, cause);
        this.errorCode = errorCode;
    }

    @Override
    public String name() {
        return "PrismaClientInitializationError";
    }

    @Override
    public String code() {
        return errorCode;
    }

    /** Prisma's {@code errorCode} ({@code P1001}, ...), or null. */
    public String errorCode() {
        return errorCode;
    }
}
