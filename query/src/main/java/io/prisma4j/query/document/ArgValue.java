package io.prisma4j.query.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An argument value as the engine receives it (Prisma's JSON protocol): plain JSON values plus tagged
 * ones (BigInt, Decimal, DateTime, Bytes, the Json null enums, field references).
 */
public sealed interface ArgValue {

    /** The type name validation messages use for a provided value ({@code Int}, {@code (String, String)}). */
    String typeName();

    record Null() implements ArgValue {
        @Override
        public String typeName() {
            return "Null";
        }
    }

    record Str(String value) implements ArgValue {
        @Override
        public String typeName() {
            return "String";
        }
    }

    record Bool(boolean value) implements ArgValue {
        @Override
        public String typeName() {
            return "Boolean";
        }
    }

    /** An integral JSON number. */
    record Int(long value) implements ArgValue {
        @Override
        public String typeName() {
            return "Int";
        }
    }

    /** A JSON number with a fraction. */
    record Float(double value) implements ArgValue {
        @Override
        public String typeName() {
            return "Float";
        }
    }

    record BigInt(java.math.BigInteger value) implements ArgValue {
        @Override
        public String typeName() {
            return "BigInt";
        }
    }

    record Decimal(BigDecimal value) implements ArgValue {
        @Override
        public String typeName() {
            return "Decimal";
        }
    }

    record DateTime(Instant value) implements ArgValue {
        @Override
        public String typeName() {
            return "DateTime";
        }
    }

    record Bytes(byte[] value) implements ArgValue {
        @Override
        public String typeName() {
            return "Bytes";
        }
    }

    /** An enum constant sent as such ({@code DbNull}, {@code JsonNull}, {@code AnyNull}). */
    record EnumConst(String name) implements ArgValue {
        @Override
        public String typeName() {
            return "Enum";
        }
    }

    /** A reference to another field of the same model ({@code prisma.user.fields.age}). */
    record FieldRef(String model, String field) implements ArgValue {
        @Override
        public String typeName() {
            return "FieldRef";
        }
    }

    record Obj(LinkedHashMap<String, ArgValue> fields) implements ArgValue {
        @Override
        public String typeName() {
            return "Object";
        }
    }

    record Arr(List<ArgValue> items) implements ArgValue {
        @Override
        public String typeName() {
            return "(" + String.join(", ", items.stream().map(ArgValue::typeName).toList()) + ")";
        }
    }
}
