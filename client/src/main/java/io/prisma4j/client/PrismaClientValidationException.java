package io.prisma4j.client;

/**
 * The arguments of a call do not fit the schema: an unknown argument or field, a value of the wrong
 * type, a missing required argument, {@code select} with {@code include}, ... The message names the
 * argument and lists what is accepted.
 */
public final class PrismaClientValidationException extends PrismaException {
    private static final long serialVersionUID = 1L;

    public PrismaClientValidationException(String message, String coreMessage, Throwable cause) {
        super(message, coreMessage, cause);
    }

    @Override
    public String name() {
        return "PrismaClientValidationError";
    }
}
