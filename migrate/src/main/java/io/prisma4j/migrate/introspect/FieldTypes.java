package io.prisma4j.migrate.introspect;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlValue;
import io.prisma4j.schema.model.ScalarType;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A column's Prisma type, its {@code @db.*} attribute and its {@code @default(...)}. */
final class FieldTypes {
    private FieldTypes() {
    }

    /** The scalar type for a family; {@code null} for enums and unsupported types. */
    static ScalarType scalar(ColumnTypeFamily family) {
        return switch (family) {
            case INT -> ScalarType.INT;
            case BIGINT -> ScalarType.BIGINT;
            case FLOAT -> ScalarType.FLOAT;
            case DECIMAL -> ScalarType.DECIMAL;
            case BOOLEAN -> ScalarType.BOOLEAN;
            case STRING, UUID -> ScalarType.STRING;
            case DATETIME -> ScalarType.DATETIME;
            case BINARY -> ScalarType.BYTES;
            case JSON -> ScalarType.JSON;
            default -> null;
        };
    }

    /** {@code @db.VarChar(255)}, or {@code null} when the type is the default for the field's scalar type. */
    static String nativeTypeAttribute(Column column, CalculatorFlavour flavour) {
        DbType type = column.nativeType();
        ScalarType scalar = scalar(column.family());
        if (type == null || scalar == null || type.equals(flavour.defaultNativeType(scalar))) {
            return null;
        }
        return "@db." + type.name() + (type.hasArgs()
                ? type.args().stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")")) : "");
    }

    /** {@code @default(...)} for the column, or {@code null}. */
    static String defaultAttribute(Column column, Map<String, String> enumValueNames) {
        SqlDefault value = column.defaultValue();
        if (value instanceof SqlDefault.Sequence || column.isAutoincrement() && value == null) {
            return column.isAutoincrement() ? "@default(autoincrement())" : null;
        }
        if (value == null) {
            return null;
        }
        if (value instanceof SqlDefault.Now) {
            return "@default(now())";
        }
        if (value instanceof SqlDefault.DbGenerated g) {
            return g.expression() == null ? "@default(dbgenerated())"
                    : "@default(dbgenerated(" + Identifiers.quote(g.expression()) + "))";
        }
        return "@default(" + constant(((SqlDefault.Value) value).value(), enumValueNames) + ")";
    }

    private static String constant(SqlValue value, Map<String, String> enumValueNames) {
        return switch (value.kind()) {
            case ENUM -> enumValueNames.getOrDefault(value.text(), value.text());
            case STRING, JSON, DATETIME -> Identifiers.quote(value.text());
            case BYTES -> Identifiers.quote(Base64.getEncoder().encodeToString((byte[]) value.value()));
            case FLOAT -> ((BigDecimal) value.value()).toPlainString();
            case LIST -> value.items().stream().map(v -> constant(v, enumValueNames))
                    .collect(Collectors.joining(", ", "[", "]"));
            default -> value.literal();
        };
    }
}
