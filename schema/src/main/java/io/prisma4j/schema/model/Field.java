package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.Span;

import java.util.Optional;

/**
 * A field of a model, view or composite type: a {@link ScalarField} (a column, including enums and
 * {@code Unsupported}), a {@link RelationField} (a link to another model, no column of its own) or a
 * {@link CompositeField} (an embedded document, MongoDB only).
 */
public abstract sealed class Field implements Documented permits ScalarField, RelationField, CompositeField {
    private final String name;
    private final FieldArity arity;
    private final String documentation;
    private final boolean ignored;
    private final Span span;
    FieldContainer container;

    Field(String name, FieldArity arity, String documentation, boolean ignored, Span span) {
        this.name = name;
        this.arity = arity;
        this.documentation = documentation;
        this.ignored = ignored;
        this.span = span;
    }

    /** The name in the schema and the client. */
    public String name() {
        return name;
    }

    public FieldArity arity() {
        return arity;
    }

    public boolean isList() {
        return arity == FieldArity.LIST;
    }

    public boolean isOptional() {
        return arity == FieldArity.OPTIONAL;
    }

    public boolean isRequired() {
        return arity == FieldArity.REQUIRED;
    }

    /** Marked {@code @ignore}: kept in the database, left out of the client. */
    public boolean isIgnored() {
        return ignored;
    }

    /** The model, view or composite type declaring this field. */
    public FieldContainer container() {
        return container;
    }

    /** The declaring model; fails for a field of a composite type. */
    public Model model() {
        if (container instanceof Model model) {
            return model;
        }
        throw new IllegalStateException("field " + name + " belongs to composite type " + container.name());
    }

    @Override
    public Optional<String> documentation() {
        return Optional.ofNullable(documentation);
    }

    /** Where the field is declared. */
    public Span span() {
        return span;
    }

    /** The type name as written ({@code String}, {@code User}, {@code Role}, {@code Unsupported}). */
    public abstract String typeName();

    @Override
    public String toString() {
        return (container != null ? container.name() + "." : "") + name;
    }
}
