package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.model.IndexType;

import java.util.List;

/** An {@code @unique}, {@code @@unique}, {@code @@index} or {@code @@fulltext} definition. */
public final class IndexInfo {

    /** What kind of index the attribute defines. */
    public enum Kind {
        NORMAL, UNIQUE, FULLTEXT
    }

    private final ModelInfo model;
    private final Attribute attribute;
    private final Kind kind;
    List<IndexFieldInfo> fields = List.of();
    ScalarFieldInfo sourceField;
    String name;
    String mappedName;
    IndexType algorithm;
    Boolean clustered;

    IndexInfo(ModelInfo model, Attribute attribute, Kind kind) {
        this.model = model;
        this.attribute = attribute;
        this.kind = kind;
    }

    public ModelInfo model() {
        return model;
    }

    public Attribute attribute() {
        return attribute;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isUnique() {
        return kind == Kind.UNIQUE;
    }

    public boolean isFulltext() {
        return kind == Kind.FULLTEXT;
    }

    public boolean isNormal() {
        return kind == Kind.NORMAL;
    }

    public List<IndexFieldInfo> fields() {
        return fields;
    }

    /** The field carrying {@code @unique}, or {@code null} for block attributes. */
    public ScalarFieldInfo sourceField() {
        return sourceField;
    }

    public boolean isDefinedOnField() {
        return sourceField != null;
    }

    /** {@code name:} (client name), or {@code null}. */
    public String name() {
        return name;
    }

    /** {@code map:} (database name), or {@code null}. */
    public String mappedName() {
        return mappedName;
    }

    /** {@code type:}, or {@code null}. */
    public IndexType algorithm() {
        return algorithm;
    }

    public Boolean clustered() {
        return clustered;
    }

    /** The attribute as Prisma names it in messages: {@code @unique}, {@code @@unique}, {@code @@index}, ... */
    public String attributeName() {
        if (isDefinedOnField()) {
            return "@unique";
        }
        return switch (kind) {
            case NORMAL -> "@@index";
            case UNIQUE -> "@@unique";
            case FULLTEXT -> "@@fulltext";
        };
    }
}
