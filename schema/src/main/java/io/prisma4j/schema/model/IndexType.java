package io.prisma4j.schema.model;

/** The access method of an index ({@code type: Hash}) or a full-text index. */
public enum IndexType {
    BTREE("BTree"), HASH("Hash"), GIST("Gist"), GIN("Gin"), SPGIST("SpGist"), BRIN("Brin"), FULLTEXT("Fulltext");

    private final String prismaName;

    IndexType(String prismaName) {
        this.prismaName = prismaName;
    }

    public String prismaName() {
        return prismaName;
    }
}
