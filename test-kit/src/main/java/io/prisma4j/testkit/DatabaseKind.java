package io.prisma4j.testkit;

/** The databases tests run against. */
public enum DatabaseKind {
    POSTGRESQL("postgresql"), MYSQL("mysql"), SQLITE("sqlite");

    private final String provider;

    DatabaseKind(String provider) {
        this.provider = provider;
    }

    /** The kind whose {@link #provider()} is {@code provider}. */
    public static DatabaseKind ofProvider(String provider) {
        for (DatabaseKind kind : values()) {
            if (kind.provider.equals(provider)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown provider " + provider);
    }

    /** The datasource provider name in a schema ({@code postgresql}, {@code mysql}, {@code sqlite}). */
    public String provider() {
        return provider;
    }
}
