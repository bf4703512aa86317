package io.prisma4j.schema.validation.internal.config;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.diagnostics.ConfigMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generator preview features Prisma 7 knows: active ones (listed in errors), hidden ones (valid
 * but not listed), deprecated ones (a warning), and those renamed for a provider.
 */
final class PreviewFeatures {
    private static final List<String> ACTIVE = List.of("nativeDistinct", "partialIndexes", "postgresqlExtensions",
            "relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks", "typedSql", "views");
    /** Features that only exist for one provider. */
    private static final String POSTGRES_ONLY = "fullTextSearchPostgres";
    private static final List<String> HIDDEN = List.of("reactNative");
    private static final List<String> DEPRECATED = List.of("aggregateApi", "atomicNumberOperations",
            "clientExtensions", "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct",
            "driverAdapters", "extendedIndexes", "extendedWhereUnique", "fieldReference", "filterJson",
            "filteredRelationCount", "fullTextIndex", "fullTextSearch", "groupBy", "improvedQueryRaw",
            "interactiveTransactions", "jsonProtocol", "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema",
            "nApi", "namedConstraints", "nativeTypes", "omitApi", "orderByAggregateGroup", "orderByNulls",
            "orderByRelation", "prismaSchemaFolder", "queryCompiler", "referentialActions", "referentialIntegrity",
            "selectRelationCount", "tracing", "transactionApi", "uncheckedScalarInputs");

    private PreviewFeatures() {
    }

    /**
     * Parses {@code previewFeatures} for a datasource of {@code provider} (or none), reporting unknown
     * and deprecated features at {@code span}. Returns the features in effect, by canonical name.
     */
    static Set<String> parse(List<String> written, Provider provider, Span span, Diagnostics diagnostics) {
        List<String> active = new ArrayList<>(ACTIVE);
        if (provider == Provider.POSTGRESQL) {
            active.add(POSTGRES_ONLY);
        }
        active.sort(null);
        Set<String> features = new TreeSet<>();
        for (String feature : written) {
            String canonical = canonical(feature);
            if (canonical != null && DEPRECATED.contains(canonical)) {
                if (canonical.equals("fullTextSearch") && provider == Provider.POSTGRESQL) {
                    features.add(POSTGRES_ONLY);
                    diagnostics.add(ConfigMessages.previewFeatureRenamedForProvider("postgresql", feature,
                            POSTGRES_ONLY, "fts-postgres", span));
                } else {
                    features.add(canonical);
                    diagnostics.add(ConfigMessages.previewFeatureDeprecated(feature, span));
                }
            } else if (canonical != null && (active.contains(canonical) || HIDDEN.contains(canonical))) {
                features.add(canonical);
            } else {
                diagnostics.add(ConfigMessages.previewFeatureNotKnown(feature, active, span));
            }
        }
        return features;
    }

    /** The feature's canonical spelling; names match case-insensitively, as in Prisma. */
    private static String canonical(String feature) {
        String lower = feature.toLowerCase(Locale.ROOT);
        for (List<String> list : List.of(ACTIVE, List.of(POSTGRES_ONLY), HIDDEN, DEPRECATED)) {
            for (String known : list) {
                if (known.toLowerCase(Locale.ROOT).equals(lower)) {
                    return known;
                }
            }
        }
        return null;
    }
}
