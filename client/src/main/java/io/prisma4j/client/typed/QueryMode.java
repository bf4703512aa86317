package io.prisma4j.client.typed;

/** {@code mode} of a string filter: {@code 'insensitive'} compares case-insensitively (PostgreSQL only). */
public enum QueryMode implements PrismaEnum {
    DEFAULT("default"), INSENSITIVE("insensitive");

    private final String prismaName;

    QueryMode(String prismaName) {
        this.prismaName = prismaName;
    }

    @Override
    public String prismaName() {
        return prismaName;
    }
}
