package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;

import java.util.List;
import java.util.Optional;

/** A composite {@code type} (an embedded document shape, MongoDB only). */
public final class CompositeType implements FieldContainer {
    private final String name;
    private final String documentation;
    private final Span span;
    List<Field> fields = List.of();

    CompositeType(String name, String documentation, Span span) {
        this.name = name;
        this.documentation = documentation;
        this.span = span;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public Optional<String> documentation() {
        return Optional.ofNullable(documentation);
    }

    public Span span() {
        return span;
    }

    @Override
    public String toString() {
        return name;
    }
}
