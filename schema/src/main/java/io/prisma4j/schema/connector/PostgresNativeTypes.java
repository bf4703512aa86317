package io.prisma4j.schema.connector;

import io.prisma4j.schema.model.ScalarType;

import java.util.List;
import java.util.Optional;

import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER;
import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER_PAIR;
import static io.prisma4j.schema.connector.NativeTypeConstructor.of;
import static io.prisma4j.schema.model.ScalarType.*;

/** PostgreSQL's native types and their argument ranges. */
final class PostgresNativeTypes extends NativeTypes {

    PostgresNativeTypes() {
        super(List.of(
                of("SmallInt", INT), of("Integer", INT), of("BigInt", BIGINT),
                of("Decimal", OPTIONAL_INTEGER_PAIR, DECIMAL), of("Money", DECIMAL), of("Inet", STRING),
                of("Oid", INT), of("Citext", STRING), of("Real", FLOAT), of("DoublePrecision", FLOAT),
                of("VarChar", OPTIONAL_INTEGER, STRING), of("Char", OPTIONAL_INTEGER, STRING), of("Text", STRING),
                of("ByteA", BYTES), of("Timestamp", OPTIONAL_INTEGER, DATETIME),
                of("Timestamptz", OPTIONAL_INTEGER, DATETIME), of("Date", DATETIME),
                of("Time", OPTIONAL_INTEGER, DATETIME), of("Timetz", OPTIONAL_INTEGER, DATETIME),
                of("Boolean", BOOLEAN), of("Bit", OPTIONAL_INTEGER, STRING), of("VarBit", OPTIONAL_INTEGER, STRING),
                of("Uuid", STRING), of("Xml", STRING), of("Json", JSON), of("JsonB", JSON)));
    }

    @Override
    public Optional<NativeTypeProblem> argumentProblem(NativeTypeInstance instance, ScalarType scalarType) {
        Long first = instance.argument(0);
        Long second = instance.argument(1);
        switch (instance.name()) {
            case "Decimal" -> {
                if (first != null && second > first) {
                    return scaleLargerThanPrecision();
                }
                if (first != null && (first > 1000 || first == 0)) {
                    return outOfRange("Precision must be positive with a maximum value of 1000.");
                }
            }
            case "Bit", "VarBit" -> {
                if (first != null && first == 0) {
                    return outOfRange("M must be a positive integer.");
                }
            }
            case "Timestamp", "Timestamptz", "Time", "Timetz" -> {
                if (first != null && first > 6) {
                    return outOfRange("M can range from 0 to 6.");
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }
}
