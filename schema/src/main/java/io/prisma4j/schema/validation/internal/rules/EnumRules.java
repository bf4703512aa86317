package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.validation.internal.db.EnumInfo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on enums: database support, database names, schemas. */
final class EnumRules {
    private final ValidationContext ctx;

    EnumRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate() {
        if (ctx.has(Capability.ENUMS)) {
            Set<List<String>> taken = new HashSet<>();
            for (EnumInfo info : ctx.db.enums()) {
                if (!taken.add(Arrays.asList(info.schema(), info.databaseName()))) {
                    ctx.report(ModelMessages.duplicateEnumDatabaseName(info.span()));
                }
            }
        }
        for (EnumInfo info : ctx.db.enums()) {
            if (!ctx.has(Capability.ENUMS)) {
                ctx.report(ModelMessages.enumsNotSupported(info.name(), info.span()));
            }
            schema(info);
        }
    }

    private void schema(EnumInfo info) {
        if (!ctx.has(Capability.MULTI_SCHEMA)) {
            if (info.schema() != null) {
                ctx.report(ModelMessages.schemaAttributeNotSupported(info.schemaSpan()));
            }
            return;
        }
        if (ctx.datasource == null) {
            return;
        }
        if (info.schema() != null && !ctx.datasource.schemas().contains(info.schema())) {
            ctx.report(ModelMessages.schemaNotInDatasource(info.schemaSpan()));
        }
        if (ctx.datasource.schemasSpan() != null && info.schema() == null) {
            ctx.report(ModelMessages.enumSchemaAttributeMissing(info.span()));
        }
    }
}
