package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;

import io.prisma4j.schema.ast.BlockItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A composite {@code type} (an embedded document shape) with its resolved fields. */
public final class CompositeTypeInfo {
    private final Top.ModelBlock block;
    private final int order;
    final List<CompositeFieldInfo> fields = new ArrayList<>();
    /** Field names to declarations, the last declaration winning. */
    final Map<String, BlockItem.Field> namedFields = new HashMap<>();
    final Map<BlockItem.Field, CompositeFieldInfo> resolved = new IdentityHashMap<>();

    CompositeTypeInfo(Top.ModelBlock block, int order) {
        this.block = block;
        this.order = order;
    }

    public Top.ModelBlock block() {
        return block;
    }

    public int order() {
        return order;
    }

    public String name() {
        return block.name().name();
    }

    public Span span() {
        return block.span();
    }

    /** Fields whose type resolved to a scalar, enum or composite type, in declaration order. */
    public List<CompositeFieldInfo> fields() {
        return fields;
    }

    public boolean declares(String fieldName) {
        return namedFields.containsKey(fieldName);
    }

    /** The field declared with this name, if its type resolved; {@code null} otherwise. */
    public CompositeFieldInfo field(String fieldName) {
        BlockItem.Field ast = namedFields.get(fieldName);
        return ast == null ? null : resolved.get(ast);
    }
}
