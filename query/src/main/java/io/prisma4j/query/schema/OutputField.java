package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Field;

import java.util.List;
import java.util.function.Supplier;

/**
 * A field of an output object or a root operation ({@code findManyUser}): its arguments, and either a
 * scalar result or an object type to select from.
 */
public final class OutputField {
    private final String name;
    private final Supplier<List<InputField>> argumentSupplier;
    private volatile List<InputField> arguments;
    private final OutputObjectType objectType;
    private final boolean list;
    private final Field modelField;

    public OutputField(String name, Supplier<List<InputField>> arguments, OutputObjectType objectType, boolean list,
                       Field modelField) {
        this.name = name;
        this.argumentSupplier = arguments;
        this.objectType = objectType;
        this.list = list;
        this.modelField = modelField;
    }

    public static OutputField scalar(String name, Field modelField) {
        return new OutputField(name, List::of, null, false, modelField);
    }

    public String name() {
        return name;
    }

    public List<InputField> arguments() {
        List<InputField> result = arguments;
        if (result == null) {
            synchronized (this) {
                if (arguments == null) {
                    arguments = List.copyOf(argumentSupplier.get());
                }
                result = arguments;
            }
        }
        return result;
    }

    /** The object type selected from, or {@code null} for a scalar field. */
    public OutputObjectType objectType() {
        return objectType;
    }

    public boolean isScalar() {
        return objectType == null;
    }

    public boolean isList() {
        return list;
    }

    /** The model field behind this output field, or {@code null} for virtual fields ({@code _count}, ...). */
    public Field modelField() {
        return modelField;
    }

    /** Whether this is a relation field (the client's {@code include} accepts only these). */
    public boolean isRelation() {
        return modelField instanceof io.prisma4j.schema.model.RelationField;
    }

    @Override
    public String toString() {
        return name;
    }
}
