package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads PostgreSQL's {@code format_type()} spelling back into a native type and a family. */
final class PostgresTypeParser {
    private static final Pattern ARGS = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?( with(?:out)? time zone)?$");

    private PostgresTypeParser() {
    }

    /** The native type, or {@code null} for types Prisma does not support natively. */
    static DbType parse(String formatted) {
        Matcher m = ARGS.matcher(formatted.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) {
            return null;
        }
        String base = m.group(1).strip();
        List<Integer> args = new ArrayList<>();
        if (m.group(2) != null) {
            args.add(Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            args.add(Integer.parseInt(m.group(3)));
        }
        boolean withZone = m.group(4) != null && !m.group(4).contains("without");
        String name = switch (base) {
            case "smallint" -> "SmallInt";
            case "integer" -> "Integer";
            case "bigint" -> "BigInt";
            case "numeric" -> "Decimal";
            case "money" -> "Money";
            case "real" -> "Real";
            case "double precision" -> "DoublePrecision";
            case "text" -> "Text";
            case "character varying" -> "VarChar";
            case "character" -> "Char";
            case "citext" -> "Citext";
            case "bytea" -> "ByteA";
            case "boolean" -> "Boolean";
            case "date" -> "Date";
            case "timestamp" -> withZone ? "Timestamptz" : "Timestamp";
            case "time" -> withZone ? "Timetz" : "Time";
            case "bit" -> "Bit";
            case "bit varying" -> "VarBit";
            case "uuid" -> "Uuid";
            case "xml" -> "Xml";
            case "json" -> "Json";
            case "jsonb" -> "JsonB";
            case "inet" -> "Inet";
            case "oid" -> "Oid";
            default -> null;
        };
        if (name == null) {
            return null;
        }
        // Without a written precision PostgreSQL keeps 6 fractional digits, and a CHAR/BIT holds one.
        if (args.isEmpty() && List.of("Timestamp", "Timestamptz", "Time", "Timetz").contains(name)) {
            args.add(6);
        }
        if (args.isEmpty() && (name.equals("Char") || name.equals("Bit"))) {
            args.add(1);
        }
        return new DbType(name, args);
    }

    static ColumnTypeFamily family(DbType type) {
        return switch (type.name()) {
            case "SmallInt", "Integer", "Oid" -> ColumnTypeFamily.INT;
            case "BigInt" -> ColumnTypeFamily.BIGINT;
            case "Decimal", "Money" -> ColumnTypeFamily.DECIMAL;
            case "Real", "DoublePrecision" -> ColumnTypeFamily.FLOAT;
            case "ByteA" -> ColumnTypeFamily.BINARY;
            case "Boolean" -> ColumnTypeFamily.BOOLEAN;
            case "Date", "Timestamp", "Timestamptz", "Time", "Timetz" -> ColumnTypeFamily.DATETIME;
            case "Json", "JsonB" -> ColumnTypeFamily.JSON;
            default -> ColumnTypeFamily.STRING;
        };
    }
}
