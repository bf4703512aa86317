package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;

/** A field of a composite type. */
public final class CompositeFieldInfo extends DeclaredFieldInfo implements ScalarValued {
    private final CompositeTypeInfo owner;
    private final ScalarKind kind;
    String mappedName;
    DefaultInfo defaultValue;
    NativeTypeAttribute nativeType;

    CompositeFieldInfo(CompositeTypeInfo owner, BlockItem.Field ast, ScalarKind kind) {
        super(ast);
        this.owner = owner;
        this.kind = kind;
    }

    public CompositeTypeInfo owner() {
        return owner;
    }

    @Override
    public ScalarKind kind() {
        return kind;
    }

    @Override
    public String mappedName() {
        return mappedName;
    }

    @Override
    public DefaultInfo defaultValue() {
        return defaultValue;
    }

    @Override
    public NativeTypeAttribute nativeType() {
        return nativeType;
    }
}
