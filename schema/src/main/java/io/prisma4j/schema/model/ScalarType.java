package io.prisma4j.schema.model;

import java.util.Optional;

/** Prisma's built-in scalar types. */
public enum ScalarType {
    STRING("String"), BOOLEAN("Boolean"), INT("Int"), BIGINT("BigInt"), FLOAT("Float"), DECIMAL("Decimal"),
    DATETIME("DateTime"), JSON("Json"), BYTES("Bytes");

    private final String prismaName;

    ScalarType(String prismaName) {
        this.prismaName = prismaName;
    }

    /** The name written in a schema ({@code DateTime}). */
    public String prismaName() {
        return prismaName;
    }

    /** The scalar type written as {@code name}, if it is one (case-sensitive, as Prisma). */
    public static Optional<ScalarType> fromName(String name) {
        for (ScalarType type : values()) {
            if (type.prismaName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public boolean isNumeric() {
        return this == INT || this == BIGINT || this == FLOAT || this == DECIMAL;
    }
}
