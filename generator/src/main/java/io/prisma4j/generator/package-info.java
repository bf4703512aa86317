/**
 * The client generator: a validated schema in, the Java sources of its type-safe client out.
 * {@link io.prisma4j.generator.ClientGenerator} is the front door (also run by the CLI's {@code generate}
 * and the Maven plugin); {@link io.prisma4j.generator.ClientTarget} decides where a generator block's
 * client goes; {@link io.prisma4j.generator.Naming} owns every naming rule. The emitters are in
 * {@code generator.internal}; the classes generated code builds on are in {@code io.prisma4j.client.typed}.
 */
package io.prisma4j.generator;
