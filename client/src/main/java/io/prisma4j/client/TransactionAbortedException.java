package io.prisma4j.client;

/** A checked exception thrown by a transaction callback; the transaction was rolled back. */
public final class TransactionAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransactionAbortedException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
