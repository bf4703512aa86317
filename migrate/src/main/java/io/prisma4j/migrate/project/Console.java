package io.prisma4j.migrate.project;

import java.util.Optional;

/**
 * Where workflows print progress and ask questions. By default nobody is there to answer: a console
 * that only prints (a log, a buffer) implements {@link #print} alone.
 */
public interface Console {

    /** Prints text as is (callers add line breaks). */
    void print(String text);

    /** Whether a person can answer questions (a terminal, not CI or a pipe). */
    default boolean isInteractive() {
        return false;
    }

    /** Asks a yes/no question; only called when {@link #isInteractive()}. */
    default boolean confirm(String question) {
        return false;
    }

    /** Asks for a line of text; empty when the person gives none. */
    default Optional<String> ask(String question) {
        return Optional.empty();
    }

    /** A console that collects output and answers nothing (tests, embedding). */
    static Console silent(StringBuilder sink) {
        return sink::append;
    }
}
