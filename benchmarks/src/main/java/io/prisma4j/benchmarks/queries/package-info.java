/**
 * The query workload: each operation of the Blog workload through prisma4j and through hand-written
 * JDBC in the same process, interleaved, with median latencies, their ratio, statement counts and
 * allocation per call ({@link io.prisma4j.benchmarks.queries.QueryWorkload} is the entry point).
 */
package io.prisma4j.benchmarks.queries;
