package io.prisma4j.migrate.diff;

/** How a column's type change can be carried out. */
public enum TypeChange {
    /** The database converts every value. */
    SAFE_CAST,
    /** The database converts, but some values may not fit. */
    RISKY_CAST,
    /** No conversion: the column is dropped and recreated. */
    NOT_CASTABLE
}
