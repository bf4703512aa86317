package io.prisma4j.query.document;

/**
 * Prisma's three Json nulls: {@code DbNull} (SQL NULL in the column), {@code JsonNull} (the JSON value
 * {@code null}), {@code AnyNull} (either, in filters).
 */
public enum JsonNullValue {
    DB_NULL("DbNull"), JSON_NULL("JsonNull"), ANY_NULL("AnyNull");

    private final String prismaName;

    JsonNullValue(String prismaName) {
        this.prismaName = prismaName;
    }

    public String prismaName() {
        return prismaName;
    }
}
