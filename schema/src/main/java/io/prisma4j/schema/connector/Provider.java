package io.prisma4j.schema.connector;

import java.util.Optional;

/** The databases a datasource can name in {@code provider}. */
public enum Provider {
    POSTGRESQL("postgresql"), MYSQL("mysql"), SQLITE("sqlite"), MONGODB("mongodb"), SQLSERVER("sqlserver"),
    COCKROACHDB("cockroachdb");

    private final String prismaName;

    Provider(String prismaName) {
        this.prismaName = prismaName;
    }

    /** The name written in the schema. */
    public String prismaName() {
        return prismaName;
    }

    /** The provider written as {@code name} ({@code "postgres"} is accepted for PostgreSQL, as Prisma does). */
    public static Optional<Provider> fromName(String name) {
        if ("postgres".equals(name)) {
            return Optional.of(POSTGRESQL);
        }
        for (Provider provider : values()) {
            if (provider.prismaName.equals(name)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    public boolean isSql() {
        return this != MONGODB;
    }
}
