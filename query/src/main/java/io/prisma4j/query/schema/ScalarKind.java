package io.prisma4j.query.schema;

/** The scalar input types of Prisma's query schema, with the names its messages use. */
public enum ScalarKind {
    STRING("String"), INT("Int"), BIGINT("BigInt"), FLOAT("Float"), DECIMAL("Decimal"), BOOLEAN("Boolean"),
    DATETIME("DateTime"), JSON("Json"), BYTES("Bytes"), NULL("Null"), UUID("UUID");

    private final String typeName;

    ScalarKind(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
