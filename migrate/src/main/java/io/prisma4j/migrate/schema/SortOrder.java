package io.prisma4j.migrate.schema;

/** Sort order of an index column. */
public enum SortOrder {
    ASC, DESC
}
