package io.prisma4j.schema.validation.internal.config;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.diagnostics.ConfigMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.validation.internal.db.Coerce;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Loads the generator blocks of one file, collecting their preview features. */
final class GeneratorLoader {
    private final Diagnostics diagnostics;

    GeneratorLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Loads {@code blocks}; returns the preview features they enable. */
    Set<String> load(List<Top.ConfigBlock> blocks, Provider provider) {
        Set<String> features = new TreeSet<>();
        for (Top.ConfigBlock block : blocks) {
            Map<String, BlockItem.Property> properties = ConfigValues.properties(block, diagnostics);
            if (properties == null) {
                continue;
            }
            BlockItem.Property engineType = properties.get("engineType");
            if (engineType != null && !(engineType.value() instanceof Expression.StringValue)) {
                Coerce.mismatch("String", engineType.value(), diagnostics);
            }
            BlockItem.Property providerProperty = properties.remove("provider");
            if (providerProperty == null) {
                diagnostics.add(ConfigMessages.generatorArgumentMissing("provider", block.name().name(),
                        block.span()));
                continue;
            }
            if (ConfigValues.stringOrEnv(providerProperty.value(), diagnostics) == null) {
                continue;
            }
            BlockItem.Property output = properties.remove("output");
            if (output != null) {
                ConfigValues.stringOrEnv(output.value(), diagnostics);
            }
            BlockItem.Property binaryTargets = properties.remove("binaryTargets");
            if (binaryTargets != null) {
                Coerce.array(binaryTargets.value(), ConfigValues::stringOrEnv, diagnostics);
            }
            BlockItem.Property preview = properties.remove("previewFeatures");
            if (preview != null) {
                List<String> written = Coerce.array(preview.value(), Coerce::string, diagnostics);
                if (written != null) {
                    features.addAll(PreviewFeatures.parse(written, provider, preview.value().span(), diagnostics));
                }
            }
            for (BlockItem.Property other : properties.values()) {
                otherValue(other.value());
            }
        }
        return features;
    }

    /** Any other key takes strings, numbers, constants, functions and arrays of them; only env() is checked. */
    private void otherValue(Expression value) {
        if (value instanceof Expression.FunctionCall call && call.name().equals("env")) {
            ConfigValues.envVariable(call, diagnostics);
        } else if (value instanceof Expression.ArrayValue array) {
            array.values().forEach(this::otherValue);
        }
    }
}
