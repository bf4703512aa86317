package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;

/** A field declaration whose type resolved, in a model, a view or a composite type. */
public abstract sealed class DeclaredFieldInfo permits FieldInfo, CompositeFieldInfo {
    private final BlockItem.Field ast;

    DeclaredFieldInfo(BlockItem.Field ast) {
        this.ast = ast;
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

    /** The whole field declaration, up to and including its line break. */
    public Span span() {
        return ast.span();
    }
}
