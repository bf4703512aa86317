package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.schema.model.ScalarType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** MySQL column types: Prisma's defaults, their DDL spelling, and reading {@code COLUMN_TYPE} back. */
final class MySqlTypes {
    private static final Pattern TYPE = Pattern.compile("^([a-z]+)(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?( unsigned)?( zerofill)?$");

    private MySqlTypes() {
    }

    static DbType defaultFor(ScalarType scalarType) {
        return switch (scalarType) {
            case INT -> DbType.of("Int");
            case BIGINT -> DbType.of("BigInt");
            case FLOAT -> DbType.of("Double");
            case DECIMAL -> DbType.of("Decimal", 65, 30);
            case STRING -> DbType.of("VarChar", 191);
            case BOOLEAN -> DbType.of("TinyInt");
            case DATETIME -> DbType.of("DateTime", 3);
            case JSON -> DbType.of("Json");
            case BYTES -> DbType.of("LongBlob");
        };
    }

    static String render(Column column) {
        ColumnType type = column.type();
        if (type.isEnum()) {
            return "ENUM(" + type.enumType().values().stream().map(MySqlRenderer::literal)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (type.nativeType() == null) {
            return type.fullDataType();
        }
        DbType t = type.nativeType();
        return switch (t.name()) {
            case "Int" -> "INTEGER";
            case "SmallInt" -> "SMALLINT";
            case "TinyInt" -> type.family() == ColumnTypeFamily.BOOLEAN ? "BOOLEAN" : "TINYINT";
            case "MediumInt" -> "MEDIUMINT";
            case "BigInt" -> "BIGINT";
            case "Decimal" -> "DECIMAL" + (t.args().size() == 2 ? "(" + t.args().get(0) + ", " + t.args().get(1) + ")" : "");
            case "Float" -> "FLOAT";
            case "Double" -> "DOUBLE";
            case "Bit" -> "BIT(" + t.arg() + ")";
            case "Char" -> "CHAR(" + t.arg() + ")";
            case "VarChar" -> "VARCHAR(" + t.arg() + ")";
            case "Binary" -> "BINARY(" + t.arg() + ")";
            case "VarBinary" -> "VARBINARY(" + t.arg() + ")";
            case "TinyBlob" -> "TINYBLOB";
            case "Blob" -> "BLOB";
            case "MediumBlob" -> "MEDIUMBLOB";
            case "LongBlob" -> "LONGBLOB";
            case "TinyText" -> "TINYTEXT";
            case "Text" -> "TEXT";
            case "MediumText" -> "MEDIUMTEXT";
            case "LongText" -> "LONGTEXT";
            case "Date" -> "DATE";
            case "Time" -> "TIME" + optional(t);
            case "DateTime" -> "DATETIME" + optional(t);
            case "Timestamp" -> "TIMESTAMP" + optional(t);
            case "Year" -> "YEAR";
            case "Json" -> "JSON";
            case "UnsignedInt" -> "INTEGER UNSIGNED";
            case "UnsignedSmallInt" -> "SMALLINT UNSIGNED";
            case "UnsignedTinyInt" -> "TINYINT UNSIGNED";
            case "UnsignedMediumInt" -> "MEDIUMINT UNSIGNED";
            case "UnsignedBigInt" -> "BIGINT UNSIGNED";
            default -> t.name().toUpperCase(Locale.ROOT) + optional(t);
        };
    }

    private static String optional(DbType type) {
        return type.hasArgs() ? "(" + type.arg() + ")" : "";
    }

    /** {@code COLUMN_TYPE} ({@code varchar(191)}, {@code int(11)}, {@code tinyint(1)}) as a native type, or null. */
    static DbType parse(String columnType) {
        Matcher m = TYPE.matcher(columnType.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) {
            return null;
        }
        String base = m.group(1);
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean unsigned = m.group(4) != null;
        List<Integer> args = new ArrayList<>();
        String name = switch (base) {
            case "int", "integer" -> unsigned ? "UnsignedInt" : "Int";
            case "smallint" -> unsigned ? "UnsignedSmallInt" : "SmallInt";
            case "tinyint" -> unsigned ? "UnsignedTinyInt" : "TinyInt";
            case "mediumint" -> unsigned ? "UnsignedMediumInt" : "MediumInt";
            case "bigint" -> unsigned ? "UnsignedBigInt" : "BigInt";
            case "decimal", "numeric" -> "Decimal";
            case "float" -> "Float";
            case "double" -> "Double";
            case "bit" -> "Bit";
            case "char" -> "Char";
            case "varchar" -> "VarChar";
            case "binary" -> "Binary";
            case "varbinary" -> "VarBinary";
            case "tinyblob" -> "TinyBlob";
            case "blob" -> "Blob";
            case "mediumblob" -> "MediumBlob";
            case "longblob" -> "LongBlob";
            case "tinytext" -> "TinyText";
            case "text" -> "Text";
            case "mediumtext" -> "MediumText";
            case "longtext" -> "LongText";
            case "date" -> "Date";
            case "time" -> "Time";
            case "datetime" -> "DateTime";
            case "timestamp" -> "Timestamp";
            case "year" -> "Year";
            case "json" -> "Json";
            default -> null;
        };
        if (name == null) {
            return null;
        }
        switch (name) {
            case "Decimal" -> {
                args.add(first == null ? 10 : first);
                args.add(second == null ? 0 : second);
            }
            case "Bit", "Char", "Binary" -> args.add(first == null ? 1 : first);
            case "VarChar", "VarBinary" -> args.add(first);
            case "Time", "DateTime", "Timestamp" -> args.add(first == null ? 0 : first);
            default -> {
                // Display widths of integers (int(11)) are not part of the type.
            }
        }
        return new DbType(name, args);
    }

    /** The family of a described column; {@code tinyint(1)} is how MySQL spells a boolean. */
    static ColumnTypeFamily family(DbType type, String columnType) {
        return switch (type.name()) {
            case "TinyInt" -> columnType.toLowerCase(Locale.ROOT).startsWith("tinyint(1)") ? ColumnTypeFamily.BOOLEAN
                    : ColumnTypeFamily.INT;
            case "Int", "SmallInt", "MediumInt", "UnsignedInt", "UnsignedSmallInt", "UnsignedTinyInt",
                 "UnsignedMediumInt", "Year" -> ColumnTypeFamily.INT;
            case "BigInt", "UnsignedBigInt" -> ColumnTypeFamily.BIGINT;
            case "Decimal" -> ColumnTypeFamily.DECIMAL;
            case "Float", "Double" -> ColumnTypeFamily.FLOAT;
            case "Bit" -> type.arg() == 1 ? ColumnTypeFamily.BOOLEAN : ColumnTypeFamily.BINARY;
            case "Binary", "VarBinary", "TinyBlob", "Blob", "MediumBlob", "LongBlob" -> ColumnTypeFamily.BINARY;
            case "Date", "Time", "DateTime", "Timestamp" -> ColumnTypeFamily.DATETIME;
            case "Json" -> ColumnTypeFamily.JSON;
            default -> ColumnTypeFamily.STRING;
        };
    }

    /** The fractional-second precision of a date type, for {@code CURRENT_TIMESTAMP(n)}. */
    static Integer timestampPrecision(DbType type) {
        if (type == null) {
            return null;
        }
        return switch (type.name()) {
            case "DateTime", "Timestamp", "Time" -> type.arg();
            default -> null;
        };
    }
}
