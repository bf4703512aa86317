package io.prisma4j.migrate;

/**
 * A migration error with Prisma's code ({@code P1001}, {@code P3009}, ...) and wording: what went wrong,
 * where, and what to do. Commands print the message and exit with 1.
 */
public final class MigrateException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public MigrateException(String code, String message) {
        super(message);
        this.code = code;
    }

    public MigrateException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Prisma's error code, or {@code null} for errors Prisma has no code for. */
    public String code() {
        return code;
    }

    /**
     * As Prisma's CLI prints it after {@code Error: }: connection errors on one line ({@code P1001: Can't reach
     * ...}), migration errors with the code on a line of its own.
     */
    public String render() {
        if (code == null) {
            return getMessage();
        }
        return code.startsWith("P1") ? code + ": " + getMessage() : code + "\n\n" + getMessage();
    }
}
