package io.prisma4j.schema.ast;

/**
 * One argument of an attribute or function call: {@code fields: [a]} (named) or {@code "x"} (unnamed).
 *
 * @param name  the argument name, or {@code null} when unnamed
 * @param value the value
 * @param span  the whole argument
 */
public record Argument(Identifier name, Expression value, Span span) {
    public boolean isNamed() {
        return name != null;
    }
}
