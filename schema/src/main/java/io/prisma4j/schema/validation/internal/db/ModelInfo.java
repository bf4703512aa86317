package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;

import io.prisma4j.schema.ast.BlockItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A {@code model} or {@code view} with its resolved fields and attributes. */
public final class ModelInfo {
    private final Top.ModelBlock block;
    private final int order;
    final List<FieldInfo> fields = new ArrayList<>();
    /** Field names to declarations, the last declaration winning as in Prisma's name table. */
    final Map<String, BlockItem.Field> namedFields = new HashMap<>();
    /** Declarations whose type resolved. */
    final Map<BlockItem.Field, FieldInfo> resolved = new IdentityHashMap<>();
    final List<IndexInfo> indexes = new ArrayList<>();
    PrimaryKeyInfo primaryKey;
    boolean ignored;
    String mappedName;
    String schema;
    Span schemaSpan;

    ModelInfo(Top.ModelBlock block, int order) {
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

    public boolean isView() {
        return block.kind() == Top.BlockKind.VIEW;
    }

    /** {@code view} or {@code model}, as messages name the container. */
    public String containerType() {
        return isView() ? "view" : "model";
    }

    public Span span() {
        return block.span();
    }

    /** Every field whose type resolved, in declaration order. */
    public List<FieldInfo> fields() {
        return fields;
    }

    public List<ScalarFieldInfo> scalarFields() {
        List<ScalarFieldInfo> out = new ArrayList<>();
        for (FieldInfo field : fields) {
            if (field instanceof ScalarFieldInfo scalar) {
                out.add(scalar);
            }
        }
        return out;
    }

    public List<RelationFieldInfo> relationFields() {
        List<RelationFieldInfo> out = new ArrayList<>();
        for (FieldInfo field : fields) {
            if (field instanceof RelationFieldInfo relation) {
                out.add(relation);
            }
        }
        return out;
    }

    /** Whether a field (resolved or not) is declared with this name. */
    public boolean declares(String fieldName) {
        return namedFields.containsKey(fieldName);
    }

    /** The field declared with this name, if its type resolved; {@code null} otherwise. */
    public FieldInfo field(String fieldName) {
        BlockItem.Field ast = namedFields.get(fieldName);
        return ast == null ? null : resolved.get(ast);
    }

    public PrimaryKeyInfo primaryKey() {
        return primaryKey;
    }

    /** Indexes in Prisma's order: field {@code @unique}s, then {@code @@index}, {@code @@unique}, {@code @@fulltext}. */
    public List<IndexInfo> indexes() {
        return indexes;
    }

    public boolean isIgnored() {
        return ignored;
    }

    public String mappedName() {
        return mappedName;
    }

    /** The table name: {@code @@map}, else the model name. */
    public String databaseName() {
        return mappedName != null ? mappedName : name();
    }

    /** {@code @@schema("...")}, or {@code null}. */
    public String schema() {
        return schema;
    }

    public Span schemaSpan() {
        return schemaSpan;
    }

    /**
     * The unique criteria that identify a record: the primary key first, then every unique index, as
     * lists of their fields.
     */
    public List<List<IndexFieldInfo>> uniqueCriteria() {
        List<List<IndexFieldInfo>> criteria = new ArrayList<>();
        if (primaryKey != null) {
            criteria.add(primaryKey.fields());
        }
        for (IndexInfo index : indexes) {
            if (index.isUnique()) {
                criteria.add(index.fields());
            }
        }
        return criteria;
    }

    /** A criterion with no optional and no unsupported field. */
    public static boolean isStrict(List<IndexFieldInfo> criterion) {
        return criterion.stream().noneMatch(f -> f.arity().isOptional() || f.kind().isUnsupported());
    }

    public boolean hasSingleIdField() {
        return primaryKey != null && primaryKey.fields().size() == 1;
    }

    @Override
    public String toString() {
        return name();
    }
}
