/**
 * The schema parser: a hand-written PEG parser that mirrors Prisma's grammar (implicit whitespace,
 * ordered choice, backtracking and catch-all recovery) so diagnostics land where Prisma's do. One
 * {@code FileParser} per file reads the blocks; the lines inside them are read by {@code MemberParser},
 * values by {@code ExpressionParser}, comments and blank lines by {@code TriviaParser}, all over one
 * {@code ParseInput}. Produces {@code io.prisma4j.schema.ast}; semantic checks live in
 * {@code io.prisma4j.schema.validation}.
 */
package io.prisma4j.schema.parser;
