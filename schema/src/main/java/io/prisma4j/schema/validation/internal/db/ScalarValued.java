package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.model.ScalarType;

/**
 * A field that holds a value of a scalar kind: a model's scalar field or a composite type's field. Both
 * take {@code @map}, {@code @default} and {@code @db.*}.
 */
public sealed interface ScalarValued permits ScalarFieldInfo, CompositeFieldInfo {

    String name();

    FieldArity arity();

    ScalarKind kind();

    /** {@code @map("...")}, or {@code null}. */
    String mappedName();

    /** The accepted {@code @default}, or {@code null}. */
    DefaultInfo defaultValue();

    /** The {@code @db.*} attribute, or {@code null}. */
    NativeTypeAttribute nativeType();

    /** The built-in scalar type, or {@code null} for enums, composite and unsupported types. */
    default ScalarType scalarType() {
        return kind().builtIn();
    }

    /** The name in the database: {@code @map}, else the field name. */
    default String databaseName() {
        return mappedName() != null ? mappedName() : name();
    }
}
