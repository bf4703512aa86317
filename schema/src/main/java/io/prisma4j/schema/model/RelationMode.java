package io.prisma4j.schema.model;

/**
 * Who keeps relations consistent: the database with foreign keys ({@code foreignKeys}, the default on
 * SQL databases) or prisma4j itself ({@code prisma}, emulated referential actions, no foreign keys).
 */
public enum RelationMode {
    FOREIGN_KEYS("foreignKeys"), PRISMA("prisma");

    private final String prismaName;

    RelationMode(String prismaName) {
        this.prismaName = prismaName;
    }

    public String prismaName() {
        return prismaName;
    }

    public boolean usesForeignKeys() {
        return this == FOREIGN_KEYS;
    }
}
