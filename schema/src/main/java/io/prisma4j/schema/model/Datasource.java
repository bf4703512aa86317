package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.env.Env;

import java.util.List;
import java.util.Optional;

/**
 * The {@code datasource} block.
 *
 * @param name               the block's name ({@code db})
 * @param provider           the connector
 * @param providerName       the provider as written ({@code "postgresql"}, {@code "postgres"})
 * @param url                {@code url}, if given (prisma4j accepts it in the schema, as Prisma 6 did)
 * @param directUrl          {@code directUrl}, if given
 * @param shadowDatabaseUrl  {@code shadowDatabaseUrl}, if given
 * @param relationMode       the effective relation mode
 * @param explicitRelationMode whether {@code relationMode} was written
 * @param schemas            {@code schemas} (multi-schema), empty if not given
 * @param extensions         {@code extensions} (PostgreSQL), empty if not given
 * @param span               the whole block
 */
public record Datasource(String name, Provider provider, String providerName, ConfigValue url,
                         ConfigValue directUrl, ConfigValue shadowDatabaseUrl, RelationMode relationMode,
                         boolean explicitRelationMode, List<String> schemas, List<String> extensions, Span span) {
    public Datasource {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
    }

    /** The connection URL from the schema ({@code env("...")} resolved through {@code env}), if any. */
    public Optional<String> resolveUrl(Env env) {
        return url == null ? Optional.empty() : url.resolve(env);
    }

    /** The shadow database URL, if configured. */
    public Optional<String> resolveShadowDatabaseUrl(Env env) {
        return shadowDatabaseUrl == null ? Optional.empty() : shadowDatabaseUrl.resolve(env);
    }

    /** The direct URL (migrations bypassing a pooler), if configured. */
    public Optional<String> resolveDirectUrl(Env env) {
        return directUrl == null ? Optional.empty() : directUrl.resolve(env);
    }
}
