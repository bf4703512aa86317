package io.prisma4j.generator.internal;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import io.prisma4j.schema.model.CompositeField;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.math.BigDecimal;
import java.time.Instant;

/** Java types of schema fields: values, filters, atomic updates, and the record getter that reads them. */
final class TypeMapper {
    private final Context context;

    TypeMapper(Context context) {
        this.context = context;
    }

    /** The Java type of one value of the field (the element type for a list); primitive when required and asked. */
    TypeName element(ScalarField field, boolean primitive) {
        if (field.isEnum()) {
            return context.enumType(field.enumType());
        }
        TypeName type = switch (field.scalarType()) {
            case STRING -> ClassName.get(String.class);
            case BOOLEAN -> TypeName.BOOLEAN;
            case INT -> TypeName.INT;
            case BIGINT -> TypeName.LONG;
            case FLOAT -> TypeName.DOUBLE;
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DATETIME -> ClassName.get(Instant.class);
            case JSON -> TypeName.OBJECT;
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
        };
        return primitive ? type : type.box();
    }

    /** The field's value type: a list for a list, primitive for a required primitive, boxed otherwise. */
    TypeName value(Field field) {
        if (field instanceof CompositeField) {
            return TypeName.OBJECT;
        }
        ScalarField scalar = (ScalarField) field;
        if (scalar.isList()) {
            return Runtime.list(element(scalar, false));
        }
        return element(scalar, scalar.isRequired());
    }

    /** The same, always boxed (aggregates and groups can be null). */
    TypeName boxed(ScalarField field) {
        return value(field).box();
    }

    /** The filter builder of the field in {@code where}. */
    TypeName filter(ScalarField field) {
        if (field.isList()) {
            return ParameterizedTypeName.get(Runtime.LIST_FILTER, element(field, false));
        }
        if (field.isEnum()) {
            return ParameterizedTypeName.get(Runtime.ENUM_FILTER, context.enumType(field.enumType()));
        }
        return switch (field.scalarType()) {
            case STRING -> Runtime.STRING_FILTER;
            case BOOLEAN -> Runtime.BOOL_FILTER;
            case INT -> Runtime.INT_FILTER;
            case BIGINT -> Runtime.BIGINT_FILTER;
            case FLOAT -> Runtime.FLOAT_FILTER;
            case DECIMAL -> Runtime.DECIMAL_FILTER;
            case DATETIME -> Runtime.DATETIME_FILTER;
            case JSON -> Runtime.JSON_FILTER;
            case BYTES -> Runtime.BYTES_FILTER;
        };
    }

    /** Whether {@code where: {field: value}} (equality shorthand) is allowed: not for Json and lists. */
    static boolean hasEqualityShorthand(ScalarField field) {
        return !field.isList() && field.scalarType() != ScalarType.JSON;
    }

    /** The atomic update builder of the field, or null when it only can be set. */
    TypeName update(ScalarField field) {
        if (field.isList()) {
            return ParameterizedTypeName.get(Runtime.LIST_UPDATE, element(field, false));
        }
        if (field.isEnum()) {
            return null;
        }
        return switch (field.scalarType()) {
            case INT -> Runtime.INT_UPDATE;
            case BIGINT -> Runtime.BIGINT_UPDATE;
            case FLOAT -> Runtime.FLOAT_UPDATE;
            case DECIMAL -> Runtime.DECIMAL_UPDATE;
            default -> null;
        };
    }

    /** The {@code PrismaRecord} method that reads the field's value. */
    static String getter(Field field) {
        if (!(field instanceof ScalarField scalar) || scalar.isList() || scalar.isEnum()) {
            return "get";
        }
        return switch (scalar.scalarType()) {
            case STRING -> "string";
            case BOOLEAN -> "bool";
            case INT -> "integer";
            case BIGINT -> "bigint";
            case FLOAT -> "floating";
            case DECIMAL -> "decimal";
            case DATETIME -> "dateTime";
            case JSON -> "json";
            case BYTES -> "bytes";
        };
    }

    /** The getter of an aggregate value of the field with a different type ({@code _avg} is a double). */
    static String getter(TypeName type) {
        if (type.equals(TypeName.INT.box())) {
            return "integer";
        }
        if (type.equals(TypeName.LONG.box())) {
            return "bigint";
        }
        if (type.equals(TypeName.DOUBLE.box())) {
            return "floating";
        }
        if (type.equals(ClassName.get(BigDecimal.class))) {
            return "decimal";
        }
        return "get";
    }

    static boolean isNumeric(ScalarField field) {
        return !field.isList() && field.scalarType() != null && field.scalarType().isNumeric();
    }

    /** Fields {@code _min}/{@code _max} apply to: not lists, not Json. */
    static boolean isComparable(ScalarField field) {
        return !field.isList() && field.scalarType() != ScalarType.JSON;
    }

    /** The type of the field's {@code _avg}: Decimal for Decimal, else a double. */
    TypeName average(ScalarField field) {
        return field.scalarType() == ScalarType.DECIMAL ? ClassName.get(BigDecimal.class) : TypeName.DOUBLE.box();
    }
}
