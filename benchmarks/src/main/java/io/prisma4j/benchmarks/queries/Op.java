package io.prisma4j.benchmarks.queries;

import io.prisma4j.client.PrismaClient;

/**
 * One operation of the workload on both sides. {@code n} numbers the calls of one side within the
 * operation (warm-up included), so writes can use fresh keys and pre-created rows.
 *
 * @param number     the row of the workload's table ("5" or "5 join" for the second loading strategy)
 * @param iterations timed calls per side
 * @param reference  Prisma 7's ratio over node-postgres on the same workload, for comparison
 */
record Op(String number, String name, int warmup, int iterations, double reference, PrismaCall prisma, JdbcCall jdbc,
          Hooks hooks) {

    Op(String number, String name, int warmup, int iterations, double reference, PrismaCall prisma, JdbcCall jdbc) {
        this(number, name, warmup, iterations, reference, prisma, jdbc, Hooks.NONE);
    }

    @FunctionalInterface
    interface PrismaCall {
        Object run(PrismaClient client, int n) throws Exception;
    }

    @FunctionalInterface
    interface JdbcCall {
        Object run(int n) throws Exception;
    }

    /** Untimed work around the timed calls. */
    interface Hooks {
        Hooks NONE = new Hooks() {
        };

        /** Before the first call: {@code calls} per side will follow. */
        default void before(int calls) throws Exception {
        }

        /** After each call of either side ({@code prisma} tells which). */
        default void afterCall(boolean prisma, int n) throws Exception {
        }

        /** After the last call. */
        default void after() throws Exception {
        }
    }
}
