package io.prisma4j.client.typed;

/**
 * The body of an interactive transaction: it receives the client bound to the transaction, and what it
 * returns is the transaction's result. Throwing rolls the transaction back.
 */
@FunctionalInterface
public interface TransactionBody<C, T> {
    T run(C tx) throws Exception;
}
