package io.prisma4j.schema.validation.internal.config;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.diagnostics.ConfigMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.model.ConfigValue;
import io.prisma4j.schema.validation.internal.db.Coerce;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads configuration values that may be a string or {@code env("NAME")}. */
final class ConfigValues {
    private ConfigValues() {
    }

    /**
     * The block's properties by name (the last one winning), or {@code null} when one has no value:
     * Prisma then reports the first such property and ignores the whole block.
     */
    static Map<String, BlockItem.Property> properties(Top.ConfigBlock block, Diagnostics diagnostics) {
        Map<String, BlockItem.Property> properties = new LinkedHashMap<>();
        for (BlockItem.Property property : block.properties().toList()) {
            if (property.value() == null) {
                diagnostics.add(ConfigMessages.propertyWithoutValue(property.name().name(), block.name().name(),
                        block.kind().keyword(), block.span()));
                return null;
            }
            properties.put(property.name().name(), property);
        }
        return properties;
    }

    /** The value, or {@code null} after reporting what is wrong with it. */
    static ConfigValue stringOrEnv(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.FunctionCall call && call.name().equals("env")) {
            String name = envVariable(call, diagnostics);
            return name == null ? null : ConfigValue.fromEnv(name);
        }
        if (expression instanceof Expression.StringValue string) {
            return ConfigValue.literal(string.value());
        }
        Coerce.mismatch("String", expression, diagnostics);
        return null;
    }

    /** The variable name of {@code env("NAME")}, or {@code null} after reporting a malformed call. */
    static String envVariable(Expression.FunctionCall call, Diagnostics diagnostics) {
        for (Argument argument : call.arguments().arguments()) {
            if (argument.isNamed()) {
                diagnostics.add(ConfigMessages.envNamedArgument(argument.span()));
            }
        }
        if (call.arguments().arguments().isEmpty() && !call.arguments().emptyArguments().isEmpty()) {
            diagnostics.add(ConfigMessages.envExpectsOneStringArgument(call.span()));
            return null;
        }
        if (call.arguments().arguments().size() + call.arguments().emptyArguments().size() != 1
                || call.arguments().trailingComma() != null) {
            diagnostics.add(ConfigMessages.envExactlyOneArgument(call.span()));
            return null;
        }
        return Coerce.string(call.arguments().arguments().get(0).value(), diagnostics);
    }
}
