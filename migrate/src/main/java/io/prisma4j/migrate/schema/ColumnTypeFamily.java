package io.prisma4j.migrate.schema;

/**
 * The kind of value a column holds, independent of the database's exact type. SQLite renders columns
 * from the family alone; the other databases from the {@link DbType}.
 */
public enum ColumnTypeFamily {
    INT("Int"), BIGINT("BigInt"), FLOAT("Float"), DECIMAL("Decimal"), BOOLEAN("Boolean"), STRING("String"),
    DATETIME("DateTime"), BINARY("Binary"), JSON("Json"), UUID("Uuid"), ENUM("Enum"), UNSUPPORTED("Unsupported");

    private final String displayName;

    ColumnTypeFamily(String displayName) {
        this.displayName = displayName;
    }

    /** The name Prisma prints in warnings when a column has no native type ({@code String}, {@code Int}). */
    public String displayName() {
        return displayName;
    }
}
