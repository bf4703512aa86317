package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.model.RelationMode;
import io.prisma4j.schema.validation.internal.config.Configuration;
import io.prisma4j.schema.validation.internal.config.LoadedDatasource;
import io.prisma4j.schema.validation.internal.db.SchemaDb;

/**
 * What every rule needs: the resolved schema, the datasource (or none), its connector and relation
 * mode, the preview features, and where to report.
 */
final class ValidationContext {
    final SchemaDb db;
    final LoadedDatasource datasource;
    final Configuration configuration;
    /** The datasource's connector; {@code null} when the schema has no datasource. */
    final Connector connector;
    final RelationMode relationMode;
    final Diagnostics diagnostics;
    final ConnectorRules connectorRules;

    ValidationContext(SchemaDb db, Configuration configuration, Diagnostics diagnostics) {
        this.db = db;
        this.configuration = configuration;
        this.datasource = configuration.datasource();
        this.connector = datasource == null ? null : datasource.connector();
        this.relationMode = datasource == null ? RelationMode.FOREIGN_KEYS : datasource.relationMode();
        this.diagnostics = diagnostics;
        this.connectorRules = ConnectorRules.of(connector);
    }

    /**
     * Whether the database can do this. Without a datasource Prisma validates with an empty connector
     * that has only autoincrement, compound ids, enums, Json and implicit many-to-many relations.
     */
    boolean has(Capability capability) {
        if (connector == null) {
            return capability == Capability.AUTOINCREMENT || capability == Capability.COMPOUND_IDS
                    || capability == Capability.ENUMS || capability == Capability.JSON
                    || capability == Capability.IMPLICIT_MANY_TO_MANY;
        }
        return connector.has(capability);
    }

    boolean hasPreviewFeature(String feature) {
        return configuration.hasPreviewFeature(feature);
    }

    /** The connector's name in messages. */
    String connectorName() {
        return connector == null ? "psl_core::datamodel_connector::empty_connector::EmptyDatamodelConnector"
                : connector.name();
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }
}
