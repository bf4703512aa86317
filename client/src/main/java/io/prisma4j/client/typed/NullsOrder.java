package io.prisma4j.client.typed;

/** Where {@code null}s go in {@code orderBy: {field: {sort, nulls}}} ({@code 'first'}, {@code 'last'}). */
public enum NullsOrder implements PrismaEnum {
    FIRST("first"), LAST("last");

    private final String prismaName;

    NullsOrder(String prismaName) {
        this.prismaName = prismaName;
    }

    @Override
    public String prismaName() {
        return prismaName;
    }
}
