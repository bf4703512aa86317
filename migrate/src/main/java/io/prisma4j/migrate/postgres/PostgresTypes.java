package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.schema.model.ScalarType;

/** PostgreSQL column types: Prisma's defaults per scalar type, and how each native type is written in SQL. */
final class PostgresTypes {
    private PostgresTypes() {
    }

    static DbType defaultFor(ScalarType scalarType) {
        return switch (scalarType) {
            case INT -> DbType.of("Integer");
            case BIGINT -> DbType.of("BigInt");
            case FLOAT -> DbType.of("DoublePrecision");
            case DECIMAL -> DbType.of("Decimal", 65, 30);
            case STRING -> DbType.of("Text");
            case BOOLEAN -> DbType.of("Boolean");
            case DATETIME -> DbType.of("Timestamp", 3);
            case JSON -> DbType.of("JsonB");
            case BYTES -> DbType.of("ByteA");
        };
    }

    /** The column's type as Prisma writes it in DDL ({@code SERIAL}, {@code TIMESTAMP(3)}, {@code "Role"[]}). */
    static String render(Column column, PostgresRenderer renderer) {
        ColumnType type = column.type();
        String array = type.arity().isList() ? "[]" : "";
        if (type.isEnum()) {
            return renderer.qualified(type.enumType().namespace(), type.enumType().name()) + array;
        }
        if (type.nativeType() == null) {
            return type.fullDataType() + array;
        }
        return sql(type.nativeType(), column.isAutoincrement()) + array;
    }

    static String sql(DbType type, boolean autoincrement) {
        return switch (type.name()) {
            case "Citext" -> "CITEXT";
            case "Oid" -> "OID";
            case "Inet" -> "INET";
            case "Money" -> "MONEY";
            case "SmallInt" -> autoincrement ? "SMALLSERIAL" : "SMALLINT";
            case "Integer" -> autoincrement ? "SERIAL" : "INTEGER";
            case "BigInt" -> autoincrement ? "BIGSERIAL" : "BIGINT";
            case "Decimal" -> "DECIMAL" + (type.args().size() == 2 ? "(" + type.args().get(0) + "," + type.args().get(1)
                    + ")" : "");
            case "Real" -> "REAL";
            case "DoublePrecision" -> "DOUBLE PRECISION";
            case "VarChar" -> "VARCHAR" + optional(type);
            case "Char" -> "CHAR" + optional(type);
            case "Text" -> "TEXT";
            case "ByteA" -> "BYTEA";
            case "Date" -> "DATE";
            case "Timestamp" -> "TIMESTAMP" + optional(type);
            case "Timestamptz" -> "TIMESTAMPTZ" + optional(type);
            case "Time" -> "TIME" + optional(type);
            case "Timetz" -> "TIMETZ" + optional(type);
            case "Boolean" -> "BOOLEAN";
            case "Bit" -> "BIT" + optional(type);
            case "VarBit" -> "VARBIT" + optional(type);
            case "Uuid" -> "UUID";
            case "Xml" -> "XML";
            case "Json" -> "JSON";
            case "JsonB" -> "JSONB";
            default -> type.name().toUpperCase(java.util.Locale.ROOT) + optional(type);
        };
    }

    private static String optional(DbType type) {
        return type.hasArgs() ? "(" + type.arg() + ")" : "";
    }
}
