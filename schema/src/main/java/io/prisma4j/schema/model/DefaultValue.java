package io.prisma4j.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A field's {@code @default(...)}: a constant ({@link Kind#VALUE}) or one of Prisma's generator
 * functions.
 * <ul>
 *   <li>{@code VALUE}: {@link #value()} is a {@code String}, {@code Boolean}, {@code java.math.BigDecimal}
 *       (every number as written), an enum value's name ({@code String}), or a {@code List} of those
 *       for scalar lists.</li>
 *   <li>{@code UUID}/{@code CUID}: {@link #version()} (4 or 7 / 1 or 2).</li>
 *   <li>{@code NANOID}: {@link #length()} when given.</li>
 *   <li>{@code DBGENERATED}: {@link #expression()}, the SQL text when given.</li>
 * </ul>
 */
public final class DefaultValue {

    /** Which default this is. */
    public enum Kind {
        VALUE, AUTOINCREMENT, NOW, UUID, CUID, NANOID, ULID, AUTO, DBGENERATED, SEQUENCE
    }

    private final Kind kind;
    private final Object value;
    private final Integer version;
    private final Integer length;
    private final String expression;
    private final String mappedName;
    private final boolean enumValue;

    private DefaultValue(Kind kind, Object value, Integer version, Integer length, String expression,
                         String mappedName, boolean enumValue) {
        this.kind = kind;
        this.value = value;
        this.version = version;
        this.length = length;
        this.expression = expression;
        this.mappedName = mappedName;
        this.enumValue = enumValue;
    }

    public static DefaultValue value(Object value, String mappedName) {
        return new DefaultValue(Kind.VALUE, value, null, null, null, mappedName, false);
    }

    public static DefaultValue enumValue(Object valueName, String mappedName) {
        return new DefaultValue(Kind.VALUE, valueName, null, null, null, mappedName, true);
    }

    public static DefaultValue function(Kind kind, Integer version, Integer length, String expression,
                                        String mappedName) {
        return new DefaultValue(kind, null, version, length, expression, mappedName, false);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    /** Whether the constant names enum values (a {@code String} or list of them). */
    public boolean isEnumValue() {
        return enumValue;
    }

    public Object value() {
        return value;
    }

    @SuppressWarnings("unchecked")
    public List<Object> values() {
        return value instanceof List<?> list ? (List<Object>) list : List.of(value);
    }

    public Integer version() {
        return version;
    }

    public Integer length() {
        return length;
    }

    public String expression() {
        return expression;
    }

    /** {@code @default(..., map: "...")}: the default constraint's name where databases have one. */
    public String mappedName() {
        return mappedName;
    }

    /** Whether prisma4j computes the value before inserting (rather than the database). */
    public boolean isGeneratedByClient() {
        return kind == Kind.UUID || kind == Kind.CUID || kind == Kind.NANOID || kind == Kind.ULID;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DefaultValue d && kind == d.kind && Objects.equals(value, d.value)
                && Objects.equals(version, d.version) && Objects.equals(length, d.length)
                && Objects.equals(expression, d.expression) && Objects.equals(mappedName, d.mappedName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, version, length, expression, mappedName);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VALUE -> String.valueOf(value);
            case DBGENERATED -> "dbgenerated(" + (expression == null ? "" : '"' + expression + '"') + ")";
            case UUID, CUID -> kind.name().toLowerCase() + "(" + (version == null ? "" : version) + ")";
            case NANOID -> "nanoid(" + (length == null ? "" : length) + ")";
            default -> kind.name().toLowerCase() + "()";
        };
    }
}
