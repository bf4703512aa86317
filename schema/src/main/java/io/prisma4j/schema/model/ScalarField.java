package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;

import java.util.Optional;

/**
 * A field stored in a column (or a document property): a built-in scalar, an enum, or
 * {@code Unsupported("...")}.
 */
public final class ScalarField extends Field {
    private final String typeName;
    private final ScalarType scalarType;
    private final String unsupportedType;
    private final String databaseName;
    private final NativeType nativeType;
    private final DefaultValue defaultValue;
    private final boolean updatedAt;
    EnumType enumType;

    ScalarField(String name, FieldArity arity, String documentation, boolean ignored, Span span, String typeName,
                ScalarType scalarType, String unsupportedType, String databaseName, NativeType nativeType,
                DefaultValue defaultValue, boolean updatedAt) {
        super(name, arity, documentation, ignored, span);
        this.typeName = typeName;
        this.scalarType = scalarType;
        this.unsupportedType = unsupportedType;
        this.databaseName = databaseName;
        this.nativeType = nativeType;
        this.defaultValue = defaultValue;
        this.updatedAt = updatedAt;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    /** The built-in scalar type, or {@code null} for an enum or unsupported field. */
    public ScalarType scalarType() {
        return scalarType;
    }

    /** The enum this field holds values of, or {@code null}. */
    public EnumType enumType() {
        return enumType;
    }

    public boolean isEnum() {
        return enumType != null;
    }

    /** The database type of {@code Unsupported("...")}, or {@code null}. */
    public String unsupportedType() {
        return unsupportedType;
    }

    public boolean isUnsupported() {
        return unsupportedType != null;
    }

    /** The column name: {@code @map("...")}, else the field name. */
    public String databaseName() {
        return databaseName;
    }

    /** {@code @db.*}, if given. */
    public Optional<NativeType> nativeType() {
        return Optional.ofNullable(nativeType);
    }

    public Optional<DefaultValue> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** {@code @default(autoincrement())}. */
    public boolean isAutoincrement() {
        return defaultValue != null && defaultValue.kind() == DefaultValue.Kind.AUTOINCREMENT;
    }

    /** {@code @updatedAt}: set to now on every update. */
    public boolean isUpdatedAt() {
        return updatedAt;
    }

    /** Part of the model's primary key (single or compound). */
    public boolean isId() {
        return container instanceof Model model && model.primaryKey().map(pk -> pk.contains(this)).orElse(false);
    }

    /** Marked {@code @unique} on the field itself. */
    public boolean isUnique() {
        return container instanceof Model model && model.uniques().stream()
                .anyMatch(u -> u.isFieldLevel() && u.fields().get(0).field() == this);
    }
}
