package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.connector.Provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code datasource} and {@code generator} blocks into {@link Datasource} and {@link Generator}. */
final class ConfigReader {
    private ConfigReader() {
    }

    static Datasource datasource(Top.ConfigBlock block) {
        Map<String, Expression> properties = properties(block);
        String providerName = configValue(properties.get("provider")).map(ConfigValue::literal).orElse("");
        Provider provider = Provider.fromName(providerName).orElse(Provider.SQLITE);
        Optional<RelationMode> explicitMode = configValue(properties.get("relationMode"))
                .map(ConfigValue::literal)
                .flatMap(v -> v.equals("prisma") ? Optional.of(RelationMode.PRISMA)
                        : v.equals("foreignKeys") ? Optional.of(RelationMode.FOREIGN_KEYS) : Optional.empty());
        // MongoDB has no foreign keys: relations there are always kept by the client.
        RelationMode mode = explicitMode.orElse(provider == Provider.MONGODB ? RelationMode.PRISMA
                : RelationMode.FOREIGN_KEYS);
        return new Datasource(block.name().name(), provider, providerName,
                configValue(properties.get("url")).orElse(null),
                configValue(properties.get("directUrl")).orElse(null),
                configValue(properties.get("shadowDatabaseUrl")).orElse(null),
                mode, explicitMode.isPresent(), strings(properties.get("schemas")),
                texts(properties.get("extensions")), block.span());
    }

    static Generator generator(Top.ConfigBlock block) {
        Map<String, Expression> properties = properties(block);
        Map<String, String> config = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (!List.of("provider", "output", "previewFeatures", "binaryTargets").contains(key)) {
                config.put(key, text(value));
            }
        });
        List<ConfigValue> binaryTargets = new ArrayList<>();
        if (properties.get("binaryTargets") != null) {
            for (Expression element : elements(properties.get("binaryTargets"))) {
                configValue(element).ifPresent(binaryTargets::add);
            }
        }
        return new Generator(block.name().name(), configValue(properties.get("provider")).orElse(null),
                configValue(properties.get("output")).orElse(null), strings(properties.get("previewFeatures")),
                binaryTargets, config);
    }

    private static Map<String, Expression> properties(Top.ConfigBlock block) {
        Map<String, Expression> properties = new LinkedHashMap<>();
        for (BlockItem.Property property : block.properties().toList()) {
            if (property.value() != null) {
                properties.putIfAbsent(property.name().name(), property.value());
            }
        }
        return properties;
    }

    /** A string literal or {@code env("NAME")}. */
    static Optional<ConfigValue> configValue(Expression expression) {
        if (expression instanceof Expression.StringValue s) {
            return Optional.of(ConfigValue.literal(s.value()));
        }
        if (expression instanceof Expression.FunctionCall call && call.name().equals("env")) {
            return AstValues.argument(call.arguments(), "", true).flatMap(AstValues::string).map(ConfigValue::fromEnv);
        }
        return Optional.empty();
    }

    private static List<Expression> elements(Expression expression) {
        return expression instanceof Expression.ArrayValue a ? a.values() : List.of(expression);
    }

    private static List<String> strings(Expression expression) {
        List<String> values = new ArrayList<>();
        if (expression != null) {
            for (Expression element : elements(expression)) {
                AstValues.string(element).ifPresent(values::add);
            }
        }
        return values;
    }

    private static List<String> texts(Expression expression) {
        List<String> values = new ArrayList<>();
        if (expression != null) {
            for (Expression element : elements(expression)) {
                values.add(text(element));
            }
        }
        return values;
    }

    private static String text(Expression expression) {
        if (expression instanceof Expression.StringValue s) {
            return s.value();
        } else if (expression instanceof Expression.NumericValue n) {
            return n.text();
        } else if (expression instanceof Expression.ConstantValue c) {
            return c.value();
        } else if (expression instanceof Expression.FunctionCall f) {
            return f.name() + "(...)";
        }
        return String.join(", ", texts(expression));
    }
}
