package io.prisma4j.migrate.schema;

/** PostgreSQL index access methods ({@code USING ...}); B-tree is the default everywhere. */
public enum IndexAlgorithm {
    BTREE, HASH, GIST, GIN, SPGIST, BRIN
}
