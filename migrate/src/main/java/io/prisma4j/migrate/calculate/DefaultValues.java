package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlValue;
import io.prisma4j.schema.model.DefaultValue;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** {@code @default(...)} of a field as the database default it becomes. */
final class DefaultValues {
    private DefaultValues() {
    }

    static SqlDefault forEnum(ScalarField field, DefaultValue written) {
        if (written.kind() == DefaultValue.Kind.DBGENERATED) {
            return SqlDefault.dbGenerated(written.expression());
        }
        if (!written.isValue()) {
            return null;
        }
        EnumType enumType = field.enumType();
        if (written.value() instanceof List<?>) {
            List<SqlValue> values = new ArrayList<>();
            for (Object item : written.values()) {
                values.add(SqlValue.enumValue(databaseName(enumType, String.valueOf(item))));
            }
            return SqlDefault.value(SqlValue.list(values));
        }
        return SqlDefault.value(SqlValue.enumValue(databaseName(enumType, String.valueOf(written.value()))));
    }

    private static String databaseName(EnumType enumType, String valueName) {
        return enumType.value(valueName).map(EnumType.Value::databaseName).orElse(valueName);
    }

    static SqlDefault forScalar(ScalarType type, DefaultValue written, CalculatorFlavour flavour) {
        return switch (written.kind()) {
            case DBGENERATED -> SqlDefault.dbGenerated(written.expression());
            case NOW -> SqlDefault.now();
            case AUTOINCREMENT -> flavour.autoincrementDefault();
            case SEQUENCE -> new SqlDefault.Sequence("");
            case VALUE -> written.value() == null ? null : SqlDefault.value(constant(type, written.value()));
            default -> null;
        };
    }

    static SqlValue constant(ScalarType type, Object value) {
        if (value instanceof List<?> list) {
            List<SqlValue> items = new ArrayList<>();
            for (Object item : list) {
                items.add(constant(type, item));
            }
            return SqlValue.list(items);
        }
        if (value instanceof BigDecimal number) {
            return switch (type) {
                case INT -> new SqlValue(SqlValue.Kind.INT, number.toBigInteger());
                case BIGINT -> new SqlValue(SqlValue.Kind.BIGINT, number.toBigInteger());
                default -> new SqlValue(SqlValue.Kind.FLOAT, number);
            };
        }
        if (value instanceof Boolean bool) {
            return new SqlValue(SqlValue.Kind.BOOLEAN, bool);
        }
        String text = String.valueOf(value);
        return switch (type) {
            case DATETIME -> new SqlValue(SqlValue.Kind.DATETIME, text);
            case JSON -> new SqlValue(SqlValue.Kind.JSON, text);
            case BYTES -> new SqlValue(SqlValue.Kind.BYTES, Base64.getDecoder().decode(text));
            case DECIMAL, FLOAT -> new SqlValue(SqlValue.Kind.FLOAT, new BigDecimal(text));
            default -> SqlValue.string(text);
        };
    }
}
