/**
 * The conformance runner behind {@code bin/conformance}: each {@link io.prisma4j.conformance.Category}
 * replays one folder of the corpus recorded from real Prisma and compares prisma4j's output with it.
 */
package io.prisma4j.conformance;
