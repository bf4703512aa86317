package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;

/** A field of a model or view whose type could be resolved: a scalar or a relation field. */
public abstract sealed class FieldInfo permits ScalarFieldInfo, RelationFieldInfo {
    private final ModelInfo model;
    private final BlockItem.Field ast;

    FieldInfo(ModelInfo model, BlockItem.Field ast) {
        this.model = model;
        this.ast = ast;
    }

    public ModelInfo model() {
        return model;
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

    @Override
    public String toString() {
        return model.name() + "." + name();
    }
}
