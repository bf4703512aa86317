package io.prisma4j.schema.ast;

/** Whether a field holds exactly one value, an optional value ({@code ?}) or a list ({@code []}). */
public enum FieldArity {
    REQUIRED, OPTIONAL, LIST;

    public boolean isList() {
        return this == LIST;
    }

    public boolean isOptional() {
        return this == OPTIONAL;
    }

    public boolean isRequired() {
        return this == REQUIRED;
    }
}
