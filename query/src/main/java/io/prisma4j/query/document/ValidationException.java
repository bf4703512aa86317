package io.prisma4j.query.document;

/** Thrown when a query does not validate; carries Prisma's error and sentence. */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationError error;

    public ValidationException(ValidationError error) {
        super(ValidationMessages.message(error), null, false, false);
        this.error = error;
    }

    public ValidationError error() {
        return error;
    }
}
