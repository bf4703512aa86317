package io.prisma4j.query.sql;

import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

/**
 * How to read a result column into a Java value: Int as {@code Integer}, BigInt as {@code Long}, Float as
 * {@code Double}, Decimal as {@code BigDecimal}, Boolean, String (also enums), DateTime as
 * {@code Instant}, Json as parsed Java values, Bytes as {@code byte[]}; {@code list} for scalar lists;
 * {@code JSON_TEXT} leaves JSON text unparsed (relation aggregates), {@code RECORDS} leaves a
 * binary row or array of rows as its bytes (PostgreSQL's relation aggregates, see {@code JoinedRecords}), {@code COUNT} is an {@code Integer}.
 */
public record ColumnType(Kind kind, boolean list) {

    public enum Kind {
        INT, BIGINT, FLOAT, DECIMAL, BOOLEAN, STRING, ENUM, DATETIME, JSON, BYTES, COUNT, JSON_TEXT, RECORDS
    }

    public static final ColumnType COUNT = new ColumnType(Kind.COUNT, false);
    public static final ColumnType JSON_TEXT = new ColumnType(Kind.JSON_TEXT, false);
    public static final ColumnType RECORDS = new ColumnType(Kind.RECORDS, false);

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, false);
    }

    /** The column type of a model field. */
    public static ColumnType of(ScalarField field) {
        return new ColumnType(kindOf(field), field.isList());
    }

    public static Kind kindOf(ScalarField field) {
        if (field.isEnum()) {
            return Kind.ENUM;
        }
        ScalarType type = field.scalarType();
        if (type == null) {
            return Kind.STRING;
        }
        return switch (type) {
            case STRING -> Kind.STRING;
            case BOOLEAN -> Kind.BOOLEAN;
            case INT -> Kind.INT;
            case BIGINT -> Kind.BIGINT;
            case FLOAT -> Kind.FLOAT;
            case DECIMAL -> Kind.DECIMAL;
            case DATETIME -> Kind.DATETIME;
            case JSON -> Kind.JSON;
            case BYTES -> Kind.BYTES;
        };
    }
}
