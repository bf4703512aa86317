package io.prisma4j.schema.model;

/** Sort order of an index column ({@code sort: Desc}). */
public enum SortOrder {
    ASC, DESC
}
