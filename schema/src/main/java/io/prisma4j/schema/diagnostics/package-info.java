/**
 * Diagnostics about a schema: {@link io.prisma4j.schema.diagnostics.Diagnostic} values built by the
 * named factories in {@link io.prisma4j.schema.diagnostics.Messages} (which own Prisma's wording),
 * collected in {@link io.prisma4j.schema.diagnostics.Diagnostics} and rendered with Prisma's code frame
 * by {@link io.prisma4j.schema.diagnostics.DiagnosticPrinter}.
 */
package io.prisma4j.schema.diagnostics;
