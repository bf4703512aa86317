package io.prisma4j.schema.ast;

import java.util.List;

/**
 * The parenthesised arguments of an attribute or function.
 *
 * @param arguments      the arguments in order
 * @param emptyArguments names written with a colon and no value ({@code map: }), kept for error reporting
 * @param trailingComma  span of a trailing comma, or {@code null}
 * @param span           from {@code (} to {@code )}
 */
public record ArgumentList(List<Argument> arguments, List<Identifier> emptyArguments, Span trailingComma, Span span) {

    public ArgumentList {
        arguments = List.copyOf(arguments);
        emptyArguments = List.copyOf(emptyArguments);
    }

    public static ArgumentList empty(Span span) {
        return new ArgumentList(List.of(), List.of(), null, span);
    }

    public boolean isEmpty() {
        return arguments.isEmpty() && emptyArguments.isEmpty();
    }
}
