package io.prisma4j.schema.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code generator} block.
 *
 * @param name            the block's name ({@code client})
 * @param provider        {@code provider}
 * @param output          {@code output}, if given
 * @param previewFeatures {@code previewFeatures}
 * @param binaryTargets   {@code binaryTargets}
 * @param config          every other key, with its string value (or the text of a non-string value)
 */
public record Generator(String name, ConfigValue provider, ConfigValue output, List<String> previewFeatures,
                        List<ConfigValue> binaryTargets, Map<String, String> config) {
    public Generator {
        previewFeatures = List.copyOf(previewFeatures);
        binaryTargets = List.copyOf(binaryTargets);
        config = Map.copyOf(config);
    }

    public Optional<ConfigValue> outputValue() {
        return Optional.ofNullable(output);
    }
}
