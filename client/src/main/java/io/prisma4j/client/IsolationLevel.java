package io.prisma4j.client;

import java.util.Optional;

/** Transaction isolation levels, named as Prisma names them. */
public enum IsolationLevel {
    READ_UNCOMMITTED("ReadUncommitted", "READ UNCOMMITTED"),
    READ_COMMITTED("ReadCommitted", "READ COMMITTED"),
    REPEATABLE_READ("RepeatableRead", "REPEATABLE READ"),
    SNAPSHOT("Snapshot", "SNAPSHOT"),
    SERIALIZABLE("Serializable", "SERIALIZABLE");

    private final String prismaName;
    private final String sqlName;

    IsolationLevel(String prismaName, String sqlName) {
        this.prismaName = prismaName;
        this.sqlName = sqlName;
    }

    public String prismaName() {
        return prismaName;
    }

    /** The SQL name ({@code READ COMMITTED}). */
    public String sqlName() {
        return sqlName;
    }

    public static Optional<IsolationLevel> fromName(String name) {
        for (IsolationLevel level : values()) {
            if (level.prismaName.equals(name) || level.name().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
