package io.prisma4j.schema.validation.internal.config;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.diagnostics.ConfigMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.Messages;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.model.ConfigValue;
import io.prisma4j.schema.model.RelationMode;
import io.prisma4j.schema.validation.internal.db.Coerce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the datasource blocks of one file. {@code url}, {@code directUrl} and {@code shadowDatabaseUrl}
 * are accepted as a string or {@code env("...")} (Prisma 7 moved them out of the schema; the tutorial,
 * and prisma4j, keep them there). A variable that is not set is not an error here: it only matters
 * when a connection is made.
 */
final class DatasourceLoader {
    private final Diagnostics diagnostics;

    DatasourceLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<LoadedDatasource> load(List<Top.ConfigBlock> blocks) {
        List<LoadedDatasource> loaded = new ArrayList<>();
        for (Top.ConfigBlock block : blocks) {
            LoadedDatasource datasource = load(block);
            if (datasource != null) {
                loaded.add(datasource);
            }
        }
        if (loaded.size() > 1) {
            for (Top.ConfigBlock block : blocks) {
                diagnostics.add(ConfigMessages.moreThanOneDatasource(block.name().name(), block.span()));
            }
        }
        return loaded;
    }

    private LoadedDatasource load(Top.ConfigBlock block) {
        String name = block.name().name();
        Map<String, BlockItem.Property> properties = ConfigValues.properties(block, diagnostics);
        if (properties == null) {
            return null;
        }
        BlockItem.Property providerProperty = properties.remove("provider");
        if (providerProperty == null) {
            diagnostics.add(ConfigMessages.datasourceArgumentMissing("provider", name, block.span()));
            return null;
        }
        Expression providerValue = providerProperty.value();
        if (providerValue instanceof Expression.FunctionCall call && call.name().equals("env")) {
            diagnostics.add(ConfigMessages.envInProvider(block.span()));
            return null;
        }
        if (!(providerValue instanceof Expression.StringValue providerString)) {
            diagnostics.add(ConfigMessages.providerNotAString(name, providerValue.span()));
            return null;
        }
        if (providerString.value().isEmpty()) {
            diagnostics.add(ConfigMessages.emptyProvider(name, providerValue.span()));
            return null;
        }
        Provider provider = Provider.fromName(providerString.value()).orElse(null);
        if (provider == null) {
            diagnostics.add(ConfigMessages.providerNotKnown(providerString.value(), providerValue.span()));
            return null;
        }
        Connector connector = Connector.of(provider);
        RelationMode relationMode = relationMode(properties, block, connector);
        extensions(properties, provider);
        if (!urls(properties, name, connector)) {
            return null;
        }
        BlockItem.Property preview = properties.remove("previewFeatures");
        if (preview != null) {
            diagnostics.add(ConfigMessages.previewFeaturesInDatasource(span(preview)));
        }
        List<String> schemas = new ArrayList<>();
        Span schemasSpan = schemas(properties.remove("schemas"), schemas);
        if (schemasSpan != null && !connector.has(Capability.MULTI_SCHEMA)) {
            diagnostics.add(ModelMessages.schemasNotSupported(schemasSpan));
        }
        for (BlockItem.Property unknown : properties.values()) {
            diagnostics.add(Messages.propertyNotKnown(unknown.name().name(), span(unknown)));
        }
        return new LoadedDatasource(name, connector, relationMode != null ? relationMode
                : connector.defaultRelationMode(), schemas, schemasSpan, block.span());
    }

    private RelationMode relationMode(Map<String, BlockItem.Property> properties, Top.ConfigBlock block,
                                      Connector connector) {
        BlockItem.Property legacy = properties.get("referentialIntegrity");
        if (legacy != null) {
            diagnostics.add(ConfigMessages.referentialIntegrityDeprecated(span(legacy)));
        }
        BlockItem.Property mode = properties.remove("relationMode");
        properties.remove("referentialIntegrity");
        if (mode != null && legacy != null) {
            diagnostics.add(ConfigMessages.referentialIntegrityAndRelationMode(span(legacy)));
            return null;
        }
        BlockItem.Property written = mode != null ? mode : legacy;
        if (written == null) {
            return null;
        }
        String value = Coerce.string(written.value(), diagnostics);
        if (value == null) {
            return null;
        }
        RelationMode relationMode = switch (value) {
            case "prisma" -> RelationMode.PRISMA;
            case "foreignKeys" -> RelationMode.FOREIGN_KEYS;
            default -> null;
        };
        List<String> all = List.of(RelationMode.PRISMA.prismaName(), RelationMode.FOREIGN_KEYS.prismaName());
        if (relationMode == null) {
            diagnostics.add(ConfigMessages.invalidRelationMode(value, all, block.span()));
            return null;
        }
        if (!connector.relationModes().contains(relationMode)) {
            List<String> supported = connector.relationModes().stream().map(RelationMode::prismaName).toList();
            diagnostics.add(ConfigMessages.invalidRelationMode(value, supported, written.value().span()));
        }
        return relationMode;
    }

    /** A property from its key to the end of its value, as Prisma marks it (without the line break). */
    private static Span span(BlockItem.Property property) {
        return property.name().span().union(property.value().span());
    }

    /** {@code extensions = [...]} exists on PostgreSQL only; elsewhere it stays an unknown property. */
    private void extensions(Map<String, BlockItem.Property> properties, Provider provider) {
        if (provider != Provider.POSTGRESQL) {
            return;
        }
        BlockItem.Property extensions = properties.remove("extensions");
        if (extensions == null) {
            return;
        }
        Coerce.array(extensions.value(), (element, d) -> {
            if (element instanceof Expression.ConstantValue || element instanceof Expression.FunctionCall) {
                return element;
            }
            Coerce.mismatch("constant or function", element, d);
            return null;
        }, diagnostics);
    }

    /** The connection URLs; {@code false} when one is malformed (the datasource is then not loaded). */
    private boolean urls(Map<String, BlockItem.Property> properties, String name, Connector connector) {
        ConfigValue url = null;
        Span urlSpan = null;
        BlockItem.Property urlProperty = properties.remove("url");
        if (urlProperty != null) {
            url = ConfigValues.stringOrEnv(urlProperty.value(), diagnostics);
            if (url == null) {
                return false;
            }
            urlSpan = urlProperty.value().span();
            if (!url.isFromEnv()) {
                String literal = url.literal();
                connector.urlProblem(literal).ifPresent(problem ->
                        diagnostics.add(ConfigMessages.invalidUrl(name, problem, urlProperty.value().span())));
            }
        }
        ConfigValue shadow = null;
        BlockItem.Property shadowProperty = properties.remove("shadowDatabaseUrl");
        if (shadowProperty != null) {
            shadow = ConfigValues.stringOrEnv(shadowProperty.value(), diagnostics);
            if (shadow != null && !shadow.isFromEnv() && shadow.literal().isEmpty()) {
                shadow = null;
            }
        }
        ConfigValue direct = null;
        Span directSpan = null;
        BlockItem.Property directProperty = properties.remove("directUrl");
        if (directProperty != null) {
            direct = ConfigValues.stringOrEnv(directProperty.value(), diagnostics);
            directSpan = directProperty.value().span();
        }
        if (shadow != null) {
            if (direct != null && Objects.equals(shadow, direct)) {
                diagnostics.add(ConfigMessages.shadowDatabaseIsDirectUrl(name, directSpan));
            }
            if (url != null && Objects.equals(shadow, url)) {
                diagnostics.add(ConfigMessages.shadowDatabaseIsMainUrl(name, urlSpan));
            }
        }
        return true;
    }

    /** Reads {@code schemas = [...]} into {@code out}; returns its span, or {@code null} when absent or invalid. */
    private Span schemas(BlockItem.Property property, List<String> out) {
        if (property == null) {
            return null;
        }
        record Named(String name, Span span) {
        }
        List<Named> names = Coerce.array(property.value(), (element, d) -> {
            String value = Coerce.string(element, d);
            return value == null ? null : new Named(value, element.span());
        }, diagnostics);
        if (names == null) {
            return null;
        }
        if (names.isEmpty()) {
            diagnostics.add(ConfigMessages.emptySchemas(property.value().span()));
            return null;
        }
        List<Named> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(Named::name));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i + 1).name())) {
                diagnostics.add(ConfigMessages.duplicateSchemaName(sorted.get(i).span()));
            }
        }
        sorted.forEach(n -> out.add(n.name()));
        return property.value().span();
    }
}
