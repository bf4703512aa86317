package io.prisma4j.cli;

import io.prisma4j.migrate.project.Console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The terminal: prints to standard output and asks questions when a person is there to answer (a console
 * is attached and {@code CI} is not set, as Prisma decides).
 */
final class TerminalConsole implements Console {
    private final PrintStream out;
    private BufferedReader in;

    TerminalConsole(PrintStream out) {
        this.out = out;
    }

    @Override
    public void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public boolean isInteractive() {
        String ci = System.getenv("CI");
        return System.console() != null && (ci == null || ci.isEmpty() || ci.equals("false"));
    }

    @Override
    public boolean confirm(String question) {
        return readLine("? " + question + " (y/N) ").map(a -> a.strip().toLowerCase(Locale.ROOT))
                .map(a -> a.equals("y") || a.equals("yes")).orElse(false);
    }

    @Override
    public Optional<String> ask(String question) {
        return readLine("? " + question + " › ").map(String::strip).filter(a -> !a.isEmpty());
    }

    private Optional<String> readLine(String prompt) {
        print(prompt);
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
