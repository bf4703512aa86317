package io.prisma4j.schema.ast;

/**
 * The type written for a field: a name ({@code String}, {@code User}, {@code Role}) or
 * {@code Unsupported("...")}.
 *
 * @param name        the type name, or {@code null} for an unsupported type
 * @param unsupported the database type of {@code Unsupported("...")}, or {@code null}
 * @param span        the type name (or the whole {@code Unsupported(...)})
 */
public record FieldType(String name, String unsupported, Span span) {
    public boolean isUnsupported() {
        return unsupported != null;
    }
}
