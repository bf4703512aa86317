package io.prisma4j.schema.validation.internal.config;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.model.RelationMode;

import java.util.List;

/**
 * A datasource block that loaded: its connector, the relation mode in effect and the schemas it lists.
 *
 * @param name         the block name ({@code db})
 * @param connector    the database's connector
 * @param relationMode {@code relationMode}, else the connector's default
 * @param schemas      {@code schemas = [...]}, sorted; empty when absent
 * @param schemasSpan  where {@code schemas} is written, or {@code null}
 * @param span         the whole block
 */
public record LoadedDatasource(String name, Connector connector, RelationMode relationMode, List<String> schemas,
                               Span schemasSpan, Span span) {
    public LoadedDatasource {
        schemas = List.copyOf(schemas);
    }
}
