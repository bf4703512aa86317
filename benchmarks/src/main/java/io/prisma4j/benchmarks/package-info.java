/**
 * JMH benchmarks, never part of the unit tests: {@link io.prisma4j.benchmarks.MigrateDiffBenchmark} measures
 * {@code migrate diff} of a 500-model schema against an empty database and against a database that already has
 * it; {@link io.prisma4j.benchmarks.SchemaValidationBenchmark} parses and validates a generated 1,000-model
 * schema; {@link io.prisma4j.benchmarks.CliStartupBenchmark} times {@code bin/prisma4j validate} with JVM start-up.
 */
package io.prisma4j.benchmarks;
