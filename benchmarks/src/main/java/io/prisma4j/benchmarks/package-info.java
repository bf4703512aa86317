/**
 * JMH benchmarks of prisma4j. Build with {@code mvn -pl benchmarks -am package}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar [pattern]}; they are never part of the unit tests.
 */
package io.prisma4j.benchmarks;
