package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An {@code enum} with its {@code @@map}, value {@code @map}s and {@code @@schema}. */
public final class EnumInfo {
    private final Top.EnumBlock block;
    String mappedName;
    final Map<String, String> mappedValues = new HashMap<>();
    String schema;
    Span schemaSpan;

    EnumInfo(Top.EnumBlock block) {
        this.block = block;
    }

    public Top.EnumBlock block() {
        return block;
    }

    public String name() {
        return block.name().name();
    }

    public Span span() {
        return block.span();
    }

    public List<BlockItem.EnumValue> values() {
        return block.values().toList();
    }

    public boolean hasValue(String name) {
        return block.values().anyMatch(v -> v.name().name().equals(name));
    }

    public String databaseName() {
        return mappedName != null ? mappedName : name();
    }

    public String schema() {
        return schema;
    }

    public Span schemaSpan() {
        return schemaSpan;
    }
}
