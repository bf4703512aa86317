package io.prisma4j.benchmarks.queries;

import java.util.Arrays;

/** The timed calls of one side of one operation: durations and allocated bytes, for medians. */
final class Timings {
    private final long[] nanos;
    private final long[] bytes;
    private int count;

    Timings(int capacity) {
        nanos = new long[capacity];
        bytes = new long[capacity];
    }

    void add(long durationNanos, long allocatedBytes) {
        nanos[count] = durationNanos;
        bytes[count] = allocatedBytes;
        count++;
    }

    double medianMicros() {
        return median(nanos) / 1_000.0;
    }

    long medianBytes() {
        return median(bytes);
    }

    private long median(long[] values) {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
}
