package io.prisma4j.schema.connector;

import java.util.List;

import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER;
import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER_OR_MAX;
import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER_PAIR;
import static io.prisma4j.schema.connector.NativeTypeConstructor.of;
import static io.prisma4j.schema.model.ScalarType.*;

/** SQL Server's native types (names, argument shapes and compatible field types). */
final class SqlServerNativeTypes extends NativeTypes {
    SqlServerNativeTypes() {
        super(List.of(
                of("TinyInt", INT), of("SmallInt", INT), of("Int", INT), of("BigInt", BIGINT),
                of("Decimal", OPTIONAL_INTEGER_PAIR, DECIMAL), of("Money", FLOAT), of("SmallMoney", FLOAT),
                of("Bit", BOOLEAN, INT), of("Float", OPTIONAL_INTEGER, FLOAT), of("Real", FLOAT), of("Date", DATETIME),
                of("Time", DATETIME), of("DateTime", DATETIME), of("DateTime2", DATETIME),
                of("DateTimeOffset", DATETIME), of("SmallDateTime", DATETIME), of("Char", OPTIONAL_INTEGER, STRING),
                of("NChar", OPTIONAL_INTEGER, STRING), of("VarChar", OPTIONAL_INTEGER_OR_MAX, STRING),
                of("Text", STRING), of("NVarChar", OPTIONAL_INTEGER_OR_MAX, STRING), of("NText", STRING),
                of("Binary", OPTIONAL_INTEGER, BYTES), of("VarBinary", OPTIONAL_INTEGER_OR_MAX, BYTES),
                of("Image", BYTES), of("Xml", STRING), of("UniqueIdentifier", STRING)));
    }
}
