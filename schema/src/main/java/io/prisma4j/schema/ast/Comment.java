package io.prisma4j.schema.ast;

/**
 * Documentation text gathered from {@code ///} comments (one line each, joined by {@code \n},
 * leading spaces after the slashes removed). Plain {@code //} comments are not documentation.
 */
public record Comment(String text) {
}
