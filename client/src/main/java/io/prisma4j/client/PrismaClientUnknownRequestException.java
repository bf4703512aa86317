package io.prisma4j.client;

/** A request failed for a reason that has no Prisma code (e.g. an operation the database does not offer). */
public final class PrismaClientUnknownRequestException extends PrismaException {
    private static final long serialVersionUID = 1L;

    public PrismaClientUnknownRequestException(String message, String coreMessage, Throwable cause) {
        super(message, coreMessage, cause);
    }

    @Override
    public String name() {
        return "PrismaClientUnknownRequestError";
    }
}
