package io.prisma4j.client.typed;

/** Sort direction of {@code orderBy} ({@code 'asc'}, {@code 'desc'}). */
public enum SortOrder implements PrismaEnum {
    ASC("asc"), DESC("desc");

    private final String prismaName;

    SortOrder(String prismaName) {
        this.prismaName = prismaName;
    }

    @Override
    public String prismaName() {
        return prismaName;
    }
}
