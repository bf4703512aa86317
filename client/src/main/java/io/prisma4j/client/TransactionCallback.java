package io.prisma4j.client;

/** The body of an interactive transaction; it receives the transaction-bound client. */
@FunctionalInterface
public interface TransactionCallback<T> {
    T run(PrismaOperations tx) throws Exception;
}
