package io.prisma4j.migrate.project;

import java.util.Optional;

/** Where workflows print progress and ask questions. */
public interface Console {

    /** Prints text as is (callers add line breaks). */
    void print(String text);

    /** Whether a person can answer questions (a terminal, not CI or a pipe). */
    boolean isInteractive();

    /** Asks a yes/no question; only called when {@link #isInteractive()}. */
    boolean confirm(String question);

    /** Asks for a line of text; empty when the person gives none. */
    Optional<String> ask(String question);

    /** A console that collects output and answers nothing (tests, embedding). */
    static Console silent(StringBuilder sink) {
        return new Console() {
            @Override
            public void print(String text) {
                sink.append(text);
            }

            @Override
            public boolean isInteractive() {
                return false;
            }

            @Override
            public boolean confirm(String question) {
                return false;
            }

            @Override
            public Optional<String> ask(String question) {
                return Optional.empty();
            }
        };
    }
}
