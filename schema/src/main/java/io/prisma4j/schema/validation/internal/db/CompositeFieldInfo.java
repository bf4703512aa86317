package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.model.ScalarType;

/** A field of a composite type. */
public final class CompositeFieldInfo {
    private final CompositeTypeInfo owner;
    private final BlockItem.Field ast;
    private final ScalarKind kind;
    String mappedName;
    DefaultInfo defaultValue;
    NativeTypeAttribute nativeType;

    CompositeFieldInfo(CompositeTypeInfo owner, BlockItem.Field ast, ScalarKind kind) {
        this.owner = owner;
        this.ast = ast;
        this.kind = kind;
    }

    public CompositeTypeInfo owner() {
        return owner;
    }

    public BlockItem.Field ast() {
        return ast;
    }

    public String name() {
        return ast.nameText();
    }

    public FieldArity arity() {
        return ast.arity();
    }

    public Span span() {
        return ast.span();
    }

    public ScalarKind kind() {
        return kind;
    }

    public ScalarType scalarType() {
        return kind.builtIn();
    }

    public String mappedName() {
        return mappedName;
    }

    public String databaseName() {
        return mappedName != null ? mappedName : name();
    }

    public DefaultInfo defaultValue() {
        return defaultValue;
    }

    public NativeTypeAttribute nativeType() {
        return nativeType;
    }
}
