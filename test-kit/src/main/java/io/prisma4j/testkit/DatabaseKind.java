package io.prisma4j.testkit;

/** The databases tests run against. */
public enum DatabaseKind {
    POSTGRESQL("postgresql"), MYSQL("mysql"), SQLITE("sqlite");

    private final String provider;

    DatabaseKind(String provider) {
        this.provider = provider;
    }

    /** The datasource provider name in a schema ({@code postgresql}, {@code mysql}, {@code sqlite}). */
    public String provider() {
        return provider;
    }
}
