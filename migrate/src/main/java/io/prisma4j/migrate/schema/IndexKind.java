package io.prisma4j.migrate.schema;

/** What an index enforces. */
public enum IndexKind {
    PRIMARY_KEY, UNIQUE, NORMAL, FULLTEXT;

    public boolean isUnique() {
        return this == UNIQUE || this == PRIMARY_KEY;
    }
}
