package io.prisma4j.migrate.schema;

/** Whether a column holds one value, an optional value, or an array of values (PostgreSQL). */
public enum ColumnArity {
    REQUIRED, NULLABLE, LIST;

    public boolean isRequired() {
        return this == REQUIRED;
    }

    public boolean isNullable() {
        return this == NULLABLE;
    }

    public boolean isList() {
        return this == LIST;
    }

    /** Prisma's debug spelling, used in drift summaries ({@code Required}, {@code Nullable}, {@code List}). */
    public String displayName() {
        return switch (this) {
            case REQUIRED -> "Required";
            case NULLABLE -> "Nullable";
            case LIST -> "List";
        };
    }
}
