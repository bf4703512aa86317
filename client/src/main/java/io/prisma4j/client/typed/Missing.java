package io.prisma4j.client.typed;

/**
 * Type argument of a create builder for a required field that has not been given yet. A generated
 * {@code User.CreateInput<Missing, Missing>} becomes {@code User.CreateInput<HasEmail, HasName>} as the
 * required fields are set, and {@code data(...)} only accepts the complete type: leaving out a required
 * field is a compile error that names it.
 */
public interface Missing {
}
