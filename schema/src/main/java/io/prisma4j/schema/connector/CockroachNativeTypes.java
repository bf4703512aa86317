package io.prisma4j.schema.connector;

import java.util.List;

import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER;
import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER_PAIR;
import static io.prisma4j.schema.connector.NativeTypeConstructor.of;
import static io.prisma4j.schema.model.ScalarType.*;

/** CockroachDB's native types (names, argument shapes and compatible field types). */
final class CockroachNativeTypes extends NativeTypes {
    CockroachNativeTypes() {
        super(List.of(
                of("Bit", OPTIONAL_INTEGER, STRING), of("Bool", BOOLEAN), of("Bytes", BYTES),
                of("Char", OPTIONAL_INTEGER, STRING), of("Date", DATETIME),
                of("Decimal", OPTIONAL_INTEGER_PAIR, DECIMAL), of("Float4", FLOAT), of("Float8", FLOAT),
                of("Inet", STRING), of("Int2", INT), of("Int4", INT), of("Int8", BIGINT), of("JsonB", JSON),
                of("Oid", INT), of("CatalogSingleChar", STRING), of("String", OPTIONAL_INTEGER, STRING),
                of("Time", OPTIONAL_INTEGER, DATETIME), of("Timestamp", OPTIONAL_INTEGER, DATETIME),
                of("Timestamptz", OPTIONAL_INTEGER, DATETIME), of("Timetz", OPTIONAL_INTEGER, DATETIME),
                of("Uuid", STRING), of("VarBit", OPTIONAL_INTEGER, STRING)));
    }
}
