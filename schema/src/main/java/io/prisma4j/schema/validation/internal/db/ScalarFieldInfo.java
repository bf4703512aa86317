package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;

/** A model field stored in a column: built-in scalar, enum, composite type or {@code Unsupported}. */
public final class ScalarFieldInfo extends FieldInfo implements ScalarValued {
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

    @Override
    public ScalarKind kind() {
        return kind;
    }

    @Override
    public String mappedName() {
        return mappedName;
    }

    public boolean isIgnored() {
        return ignored;
    }

    public boolean isUpdatedAt() {
        return updatedAt;
    }

    @Override
    public DefaultInfo defaultValue() {
        return defaultValue;
    }

    @Override
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
