package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules of one file share: the cursor, the diagnostics of the item being parsed, and the
 * nesting depth; with the name rules every other rule starts from. A rule that fails calls
 * {@link #reset} with the {@link #mark()} it started at, so the cursor and the diagnostics are exactly as
 * it found them, which is what PEG backtracking requires.
 */
final class ParseInput {
    /** Nesting deeper than this fails the expression instead of overflowing the stack. */
    private static final int MAX_NESTING = 200;

    final Cursor c;
    private final int fileId;
    /** Diagnostics of the item being parsed; dropped when the item backtracks, flushed when it is kept. */
    private final List<Diagnostic> pending = new ArrayList<>();
    private int nesting;

    ParseInput(int fileId, String text) {
        this.fileId = fileId;
        this.c = new Cursor(text);
    }

    // ---------------------------------------------------------------- names

    /** identifier = ASCII_ALPHANUMERIC ("_" | "-" | ASCII_ALPHANUMERIC)* */
    Identifier parseIdentifier() {
        int start = c.pos;
        if (!Cursor.isAsciiAlphanumeric(c.peek())) {
            return null;
        }
        c.pos++;
        while (true) {
            char ch = c.peek();
            if (Cursor.isAsciiAlphanumeric(ch) || ch == '_' || ch == '-') {
                c.pos++;
            } else {
                break;
            }
        }
        return new Identifier(c.text.substring(start, c.pos), span(start));
    }

    /** path = identifier ("." path?)* */
    String parsePath() {
        int start = c.pos;
        if (parseIdentifier() == null) {
            return null;
        }
        while (c.peek() == '.') {
            c.pos++;
            parseIdentifier();
        }
        return c.text.substring(start, c.pos);
    }

    // ---------------------------------------------------------------- diagnostics and backtracking

    void report(Diagnostic diagnostic) {
        pending.add(diagnostic);
    }

    /** A point a rule can backtrack to: the position, and how many diagnostics had been reported. */
    record Mark(int pos, int diagnostics) {
    }

    /** Where the cursor and the diagnostics stand now, for {@link #reset} and {@link #dropSince}. */
    Mark mark() {
        return new Mark(c.pos, pending.size());
    }

    /** Drops the diagnostics reported since {@code mark}. */
    void dropSince(Mark mark) {
        if (pending.size() > mark.diagnostics()) {
            pending.subList(mark.diagnostics(), pending.size()).clear();
        }
    }

    /** Moves back to {@code mark}, drops the diagnostics reported since, and returns {@code null}. */
    <T> T reset(Mark mark) {
        c.pos = mark.pos();
        dropSince(mark);
        return null;
    }

    /** Hands the diagnostics of a kept top-level item over to {@code out}. */
    void flushTo(Diagnostics out) {
        pending.forEach(out::add);
        pending.clear();
    }

    /** Enters one more level of arguments or arrays; false (and nothing entered) when too deep. */
    boolean enterNested() {
        if (++nesting > MAX_NESTING) {
            nesting--;
            return false;
        }
        return true;
    }

    void leaveNested() {
        nesting--;
    }

    // ---------------------------------------------------------------- spans

    Span span(int start) {
        return new Span(fileId, start, c.pos);
    }

    /** From {@code start} to the cursor. */
    Span span(Mark start) {
        return span(start.pos());
    }

    Span span(int start, int end) {
        return new Span(fileId, start, end);
    }

    String slice(Span span) {
        return c.text.substring(span.start(), span.end());
    }
}
