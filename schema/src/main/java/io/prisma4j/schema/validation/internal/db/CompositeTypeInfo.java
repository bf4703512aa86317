package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Top;

/** A composite {@code type} (an embedded document shape) with its resolved fields. */
public final class CompositeTypeInfo extends BlockInfo<CompositeFieldInfo> {

    CompositeTypeInfo(Top.ModelBlock block, int order) {
        super(block, order);
    }
}
