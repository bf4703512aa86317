package io.prisma4j.schema.model;

/**
 * One column of an id, unique or index definition, with its options.
 *
 * @param field          the scalar field
 * @param sort           {@code sort:} if given, else {@code null}
 * @param length         {@code length:} (MySQL prefix length) if given, else {@code null}
 * @param operatorClass  {@code ops:} (PostgreSQL operator class) if given, else {@code null}
 */
public record IndexField(ScalarField field, SortOrder sort, Integer length, String operatorClass) {
    public static IndexField of(ScalarField field) {
        return new IndexField(field, null, null, null);
    }
}
