/**
 * The schema parser: a hand-written PEG parser that mirrors Prisma's grammar (implicit whitespace,
 * ordered choice, backtracking and catch-all recovery) so diagnostics land where Prisma's do.
 * Produces {@code io.prisma4j.schema.ast}; semantic checks live in {@code io.prisma4j.schema.validation}.
 */
package io.prisma4j.schema.parser;
