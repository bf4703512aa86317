package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;

/** A {@code model} or {@code view} with its resolved fields and attributes. */
public final class ModelInfo extends BlockInfo<FieldInfo> {
    final List<IndexInfo> indexes = new ArrayList<>();
    PrimaryKeyInfo primaryKey;
    boolean ignored;
    String mappedName;
    String schema;
    Span schemaSpan;

    ModelInfo(Top.ModelBlock block, int order) {
        super(block, order);
    }

    public boolean isView() {
        return block().kind() == Top.BlockKind.VIEW;
    }

    /** {@code view} or {@code model}, as messages name the container. */
    public String containerType() {
        return isView() ? "view" : "model";
    }

    public List<ScalarFieldInfo> scalarFields() {
        return fieldsOf(ScalarFieldInfo.class);
    }

    public List<RelationFieldInfo> relationFields() {
        return fieldsOf(RelationFieldInfo.class);
    }

    private <T extends FieldInfo> List<T> fieldsOf(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (FieldInfo field : fields) {
            if (kind.isInstance(field)) {
                out.add(kind.cast(field));
            }
        }
        return out;
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
