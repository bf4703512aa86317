package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.model.ScalarType;

/** A model field stored in a column: built-in scalar, enum, composite type or {@code Unsupported}. */
public final class ScalarFieldInfo extends FieldInfo {
    private final ScalarKind kind;
    String mappedName;
    boolean ignored;
    boolean updatedAt;
    DefaultInfo defaultValue;
    NativeTypeAttribute nativeType;

    ScalarFieldInfo(ModelInfo model, BlockItem.Field ast, ScalarKind kind) {
        super(model, ast);
        this.kind = kind;
    }

    public ScalarKind kind() {
        return kind;
    }

    /** The built-in scalar type, or {@code null} for enums, composite and unsupported types. */
    public ScalarType scalarType() {
        return kind.builtIn();
    }

    /** {@code @map("...")}, or {@code null}. */
    public String mappedName() {
        return mappedName;
    }

    /** The column name: {@code @map}, else the field name. */
    public String databaseName() {
        return mappedName != null ? mappedName : name();
    }

    public boolean isIgnored() {
        return ignored;
    }

    public boolean isUpdatedAt() {
        return updatedAt;
    }

    /** The accepted {@code @default}, or {@code null}. */
    public DefaultInfo defaultValue() {
        return defaultValue;
    }

    /** The {@code @db.*} attribute, or {@code null}. */
    public NativeTypeAttribute nativeType() {
        return nativeType;
    }

    public boolean isAutoincrement() {
        return defaultValue != null && defaultValue.isAutoincrement();
    }

    /** The only field of the model's primary key. */
    public boolean isSinglePrimaryKey() {
        PrimaryKeyInfo pk = model().primaryKey();
        return pk != null && pk.fields().size() == 1 && pk.fields().get(0).field() == this;
    }

    /** One of several fields of the model's primary key. */
    public boolean isPartOfCompoundPrimaryKey() {
        PrimaryKeyInfo pk = model().primaryKey();
        return pk != null && pk.fields().size() > 1 && pk.fields().stream().anyMatch(f -> f.field() == this);
    }
}
