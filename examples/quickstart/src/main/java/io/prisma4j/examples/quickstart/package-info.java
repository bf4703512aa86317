/**
 * The quickstart: Module 1.3 of the tutorial as a Java program on SQLite. Its client
 * ({@code io.prisma4j.examples.quickstart.db}) is generated from {@code prisma/schema.prisma} by the Maven
 * plugin when the project compiles.
 */
package io.prisma4j.examples.quickstart;
