package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Expression;

/**
 * An accepted {@code @default(...)}.
 *
 * @param attribute  the attribute
 * @param value      the default value expression
 * @param mappedName {@code map:}, or {@code null}
 */
public record DefaultInfo(Attribute attribute, Expression value, String mappedName) {

    public boolean isFunction(String name) {
        return value instanceof Expression.FunctionCall call && call.name().equals(name);
    }

    public boolean isAutoincrement() {
        return isFunction("autoincrement");
    }

    public boolean isAuto() {
        return isFunction("auto");
    }

    public boolean isDbGenerated() {
        return isFunction("dbgenerated");
    }
}
