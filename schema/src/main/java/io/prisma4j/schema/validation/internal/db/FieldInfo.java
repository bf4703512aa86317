package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;

/** A field of a model or view whose type could be resolved: a scalar or a relation field. */
public abstract sealed class FieldInfo extends DeclaredFieldInfo permits ScalarFieldInfo, RelationFieldInfo {
    private final ModelInfo model;

    FieldInfo(ModelInfo model, BlockItem.Field ast) {
        super(ast);
        this.model = model;
    }

    public ModelInfo model() {
        return model;
    }

    @Override
    public String toString() {
        return model.name() + "." + name();
    }
}
