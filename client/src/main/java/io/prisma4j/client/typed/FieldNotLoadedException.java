package io.prisma4j.client.typed;

/**
 * A result field was read that the query did not load: a relation without {@code include}/{@code select},
 * a scalar left out by {@code select} or {@code omit}, an aggregate that was not asked for. The message
 * names the field and the argument to add.
 */
public final class FieldNotLoadedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public FieldNotLoadedException(String message) {
        super(message);
    }
}
