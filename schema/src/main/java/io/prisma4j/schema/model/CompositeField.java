package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;

/** A field holding an embedded document of a {@link CompositeType} (MongoDB). */
public final class CompositeField extends Field {
    private final String typeName;
    private final String databaseName;
    CompositeType compositeType;

    CompositeField(String name, FieldArity arity, String documentation, boolean ignored, Span span, String typeName,
                   String databaseName) {
        super(name, arity, documentation, ignored, span);
        this.typeName = typeName;
        this.databaseName = databaseName;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    public CompositeType compositeType() {
        return compositeType;
    }

    /** The document key: {@code @map("...")}, else the field name. */
    public String databaseName() {
        return databaseName;
    }
}
