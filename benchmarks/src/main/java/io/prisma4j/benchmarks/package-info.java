/**
 * JMH benchmarks. {@link io.prisma4j.benchmarks.MigrateDiffBenchmark} measures {@code migrate diff} of a
 * 500-model schema against an empty database and against a database that already has it.
 */
package io.prisma4j.benchmarks;
