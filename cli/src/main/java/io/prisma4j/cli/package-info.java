/**
 * The {@code prisma4j} command line (picocli): Prisma's commands with Prisma's flags and exit codes.
 * Commands only parse arguments and print; the work is done by the modules they call.
 */
package io.prisma4j.cli;
