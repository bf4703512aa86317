package io.prisma4j.schema.ast;

/**
 * A field attribute ({@code @unique}, {@code @db.VarChar(255)}) or block attribute ({@code @@index([a])}).
 *
 * @param name      the name without {@code @}/{@code @@}, dotted for native types ({@code db.VarChar})
 * @param nameSpan  where the name is written
 * @param arguments the parenthesised arguments, or {@code null} when there are no parentheses
 * @param span      the whole attribute including {@code @}
 */
public record Attribute(String name, Span nameSpan, ArgumentList arguments, Span span) {

    /** The arguments, or an empty list when the attribute had no parentheses. */
    public ArgumentList args() {
        return arguments != null ? arguments : ArgumentList.empty(span);
    }
}
