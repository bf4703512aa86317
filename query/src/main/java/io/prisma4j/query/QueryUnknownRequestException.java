package io.prisma4j.query;

/** A request the engine cannot serve, without a Prisma code (e.g. an operation a database does not have). */
public class QueryUnknownRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryUnknownRequestException(String message) {
        super(message);
    }

    public QueryUnknownRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
