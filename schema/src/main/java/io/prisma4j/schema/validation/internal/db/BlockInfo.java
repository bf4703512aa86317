package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block with fields ({@code model}, {@code view} or composite {@code type}) and its field name table.
 *
 * @param <F> what a field whose type resolved becomes
 */
public abstract sealed class BlockInfo<F> permits ModelInfo, CompositeTypeInfo {
    private final Top.ModelBlock block;
    private final int order;
    final List<F> fields = new ArrayList<>();
    /** Field names to declarations, the last declaration winning as in Prisma's name table. */
    final Map<String, BlockItem.Field> namedFields = new HashMap<>();
    /** Declarations whose type resolved. */
    final Map<BlockItem.Field, F> resolved = new IdentityHashMap<>();

    BlockInfo(Top.ModelBlock block, int order) {
        this.block = block;
        this.order = order;
    }

    public Top.ModelBlock block() {
        return block;
    }

    /** Position among all top-level declarations of the schema (files in order). */
    public int order() {
        return order;
    }

    public String name() {
        return block.name().name();
    }

    public Span span() {
        return block.span();
    }

    /** Every field whose type resolved, in declaration order. */
    public List<F> fields() {
        return fields;
    }

    /** Whether a field (resolved or not) is declared with this name. */
    public boolean declares(String fieldName) {
        return namedFields.containsKey(fieldName);
    }

    /** The field declared with this name, if its type resolved; {@code null} otherwise. */
    public F field(String fieldName) {
        BlockItem.Field ast = namedFields.get(fieldName);
        return ast == null ? null : resolved.get(ast);
    }
}
