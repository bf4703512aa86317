package io.prisma4j.schema.ast;

/**
 * A range of characters in one schema file: {@code [start, end)} as UTF-16 offsets.
 *
 * @param fileId index of the file in the {@link SchemaFiles} the span belongs to
 * @param start  first character offset (inclusive)
 * @param end    last character offset (exclusive)
 */
public record Span(int fileId, int start, int end) {

    /** An empty span at the start of the first file, for nodes that were synthesized. */
    public static final Span EMPTY = new Span(0, 0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
    }

    /** Whether {@code offset} lies inside this span (end exclusive). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** The smallest span covering this one and {@code other} (same file). */
    public Span union(Span other) {
        return new Span(fileId, Math.min(start, other.start), Math.max(end, other.end));
    }
}
