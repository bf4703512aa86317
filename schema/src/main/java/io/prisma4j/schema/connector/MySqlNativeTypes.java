package io.prisma4j.schema.connector;

import io.prisma4j.schema.model.ScalarType;

import java.util.List;
import java.util.Optional;

import static io.prisma4j.schema.connector.NativeTypeArguments.INTEGER;
import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER;
import static io.prisma4j.schema.connector.NativeTypeArguments.OPTIONAL_INTEGER_PAIR;
import static io.prisma4j.schema.connector.NativeTypeConstructor.of;
import static io.prisma4j.schema.model.ScalarType.*;

/** MySQL's native types and their argument ranges. */
final class MySqlNativeTypes extends NativeTypes {
    /** Text and blob types that cannot be indexed without a prefix length. */
    static final List<String> NOT_INDEXABLE_WITHOUT_LENGTH = List.of("Text", "LongText", "MediumText", "TinyText",
            "Blob", "TinyBlob", "MediumBlob", "LongBlob");

    MySqlNativeTypes() {
        super(List.of(
                of("Int", INT), of("UnsignedInt", INT), of("SmallInt", INT), of("UnsignedSmallInt", INT),
                of("TinyInt", BOOLEAN, INT), of("UnsignedTinyInt", BOOLEAN, INT), of("MediumInt", INT),
                of("UnsignedMediumInt", INT), of("BigInt", BIGINT), of("Decimal", OPTIONAL_INTEGER_PAIR, DECIMAL),
                of("UnsignedBigInt", BIGINT), of("Float", FLOAT), of("Double", FLOAT),
                of("Bit", INTEGER, BOOLEAN, BYTES), of("Char", INTEGER, STRING), of("VarChar", INTEGER, STRING),
                of("Binary", INTEGER, BYTES), of("VarBinary", INTEGER, BYTES), of("TinyBlob", BYTES),
                of("Blob", BYTES), of("MediumBlob", BYTES), of("LongBlob", BYTES), of("TinyText", STRING),
                of("Text", STRING), of("MediumText", STRING), of("LongText", STRING), of("Date", DATETIME),
                of("Time", OPTIONAL_INTEGER, DATETIME), of("DateTime", OPTIONAL_INTEGER, DATETIME),
                of("Timestamp", OPTIONAL_INTEGER, DATETIME), of("Year", INT), of("Json", JSON)));
    }

    /** Tiny integers map to Int and bits to Bytes, whatever else they could back. */
    @Override
    public ScalarType scalarTypeFor(NativeTypeInstance instance) {
        return switch (instance.name()) {
            case "TinyInt", "UnsignedTinyInt" -> INT;
            case "Bit" -> BYTES;
            default -> super.scalarTypeFor(instance);
        };
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
                if (first != null && first > 65) {
                    return outOfRange("Precision can range from 1 to 65.");
                }
                if (second != null && second > 30) {
                    return outOfRange("Scale can range from 0 to 30.");
                }
            }
            case "Bit" -> {
                if (first == 0 || first > 64) {
                    return outOfRange("M can range from 1 to 64.");
                }
                if (first > 1 && scalarType == BOOLEAN) {
                    return outOfRange("only Bit(1) can be used as Boolean.");
                }
            }
            case "Char" -> {
                if (first > 255) {
                    return outOfRange("M can range from 0 to 255.");
                }
            }
            case "VarChar" -> {
                if (first > 65535) {
                    return outOfRange("M can range from 0 to 65,535.");
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }
}
