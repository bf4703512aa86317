package io.prisma4j.client;

import java.util.Map;

/**
 * Base of every error the client reports, named as Prisma names its JavaScript error classes
 * ({@link #name()}). {@link #getMessage()} is the full message, headed by the call that failed;
 * {@link #coreMessage()} is the sentence that says what went wrong.
 */
public abstract class PrismaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String coreMessage;

    PrismaException(String message, String coreMessage, Throwable cause) {
        super(message, cause);
        this.coreMessage = coreMessage;
    }

    /** Prisma's error class name ({@code PrismaClientKnownRequestError}, ...). */
    public abstract String name();

    /** Prisma's error code ({@code P2002}), or {@code null} when the error has none. */
    public String code() {
        return null;
    }

    /** Prisma's {@code meta} object (empty when there is none). */
    public Map<String, Object> meta() {
        return Map.of();
    }

    /** The user-facing sentence(s), without the call-site head. */
    public String coreMessage() {
        return coreMessage;
    }
}
