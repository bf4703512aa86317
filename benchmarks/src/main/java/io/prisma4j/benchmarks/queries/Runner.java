package io.prisma4j.benchmarks.queries;

import io.prisma4j.client.PrismaClient;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one operation: one untimed prisma4j call on a client that counts statements, the warm-up, then
 * the timed calls interleaved (prisma4j then JDBC, JDBC then prisma4j, ...) so that drift on a shared
 * machine hits both sides alike.
 */
final class Runner {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final PrismaClient client;
    private final PrismaClient countingClient;
    private final AtomicInteger statements;

    /** {@code countingClient} counts its statements into {@code statements} (its query events are on). */
    Runner(PrismaClient client, PrismaClient countingClient, AtomicInteger statements) {
        this.client = client;
        this.countingClient = countingClient;
        this.statements = statements;
    }

    record Result(Op op, Timings prisma, Timings jdbc, int statements, long prismaRetained, long jdbcRetained) {
        double ratio() {
            return prisma.medianMicros() / jdbc.medianMicros();
        }
    }

    Result run(Op op, boolean measureRetained) throws Exception {
        int calls = 1 + op.warmup() + op.iterations();
        op.hooks().before(calls);
        try {
            statements.set(0);
            op.prisma().run(countingClient, 0);
            op.hooks().afterCall(true, 0);
            int counted = statements.get();
            int n = 1;
            for (int w = 0; w < op.warmup(); w++, n++) {
                prisma(op, n, null);
                jdbc(op, n, null);
            }
            Timings prisma = new Timings(op.iterations());
            Timings jdbc = new Timings(op.iterations());
            for (int i = 0; i < op.iterations(); i++, n++) {
                if (i % 2 == 0) {
                    prisma(op, n, prisma);
                    jdbc(op, n, jdbc);
                } else {
                    jdbc(op, n, jdbc);
                    prisma(op, n, prisma);
                }
            }
            long prismaRetained = measureRetained ? retained(() -> op.prisma().run(client, 0)) : -1;
            long jdbcRetained = measureRetained ? retained(() -> op.jdbc().run(0)) : -1;
            return new Result(op, prisma, jdbc, counted, prismaRetained, jdbcRetained);
        } finally {
            op.hooks().after();
        }
    }

    private void prisma(Op op, int n, Timings timings) throws Exception {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = op.prisma().run(client, n);
        long duration = System.nanoTime() - start;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
        Reference.reachabilityFence(result);
        if (timings != null) {
            timings.add(duration, allocated);
        }
        op.hooks().afterCall(true, n);
    }

    private void jdbc(Op op, int n, Timings timings) throws Exception {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = op.jdbc().run(n);
        long duration = System.nanoTime() - start;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
        Reference.reachabilityFence(result);
        if (timings != null) {
            timings.add(duration, allocated);
        }
        op.hooks().afterCall(false, n);
    }

    /** Heap the result of one call keeps alive: used heap after a collection, with and without it. */
    private static long retained(Callable<Object> call) throws Exception {
        long before = usedAfterGc();
        Object result = call.call();
        long after = usedAfterGc();
        Reference.reachabilityFence(result);
        return Math.max(0, after - before);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
