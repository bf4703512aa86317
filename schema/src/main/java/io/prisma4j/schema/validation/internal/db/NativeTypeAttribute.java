package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Span;

import java.util.List;

/**
 * A native type attribute as written: {@code @db.VarChar(255)} is scope {@code db}, name
 * {@code VarChar}, arguments {@code ["255"]} (each argument rendered as Prisma prints it).
 *
 * @param scope     the datasource name before the dot
 * @param name      the type name after the dot
 * @param arguments the arguments as text
 * @param span      the whole attribute
 */
public record NativeTypeAttribute(String scope, String name, List<String> arguments, Span span) {
    public NativeTypeAttribute {
        arguments = List.copyOf(arguments);
    }
}
