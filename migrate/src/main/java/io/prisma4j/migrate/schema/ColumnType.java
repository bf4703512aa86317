package io.prisma4j.migrate.schema;

import java.util.Objects;

/**
 * A column's type: its family, the database type (absent on SQLite and for enums and unsupported types),
 * the enum it holds values of, and whether it is required, nullable or a list.
 *
 * @param family       the kind of value
 * @param nativeType   the database type, or {@code null}
 * @param arity        required, nullable or list
 * @param enumType     the enum of an {@link ColumnTypeFamily#ENUM} column, else {@code null}
 * @param fullDataType the type as the database spells it (describers fill it in; unsupported types keep their
 *                     definition here), else {@code ""}
 */
public record ColumnType(ColumnTypeFamily family, DbType nativeType, ColumnArity arity, SqlEnum enumType,
                         String fullDataType) {
    public ColumnType {
        Objects.requireNonNull(family);
        Objects.requireNonNull(arity);
        fullDataType = fullDataType == null ? "" : fullDataType;
    }

    public static ColumnType of(ColumnTypeFamily family, DbType nativeType, ColumnArity arity) {
        return new ColumnType(family, nativeType, arity, null, "");
    }

    public static ColumnType enumOf(SqlEnum enumType, ColumnArity arity) {
        return new ColumnType(ColumnTypeFamily.ENUM, null, arity, enumType, "");
    }

    public static ColumnType unsupported(String definition, ColumnArity arity) {
        return new ColumnType(ColumnTypeFamily.UNSUPPORTED, null, arity, null, definition);
    }

    public ColumnType withArity(ColumnArity newArity) {
        return new ColumnType(family, nativeType, newArity, enumType, fullDataType);
    }

    public boolean isEnum() {
        return family == ColumnTypeFamily.ENUM;
    }

    /** How Prisma names the type in warnings: the native type when there is one, else the family. */
    public String display() {
        return nativeType != null ? nativeType.toString() : family.displayName();
    }
}
