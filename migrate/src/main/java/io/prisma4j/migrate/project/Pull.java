package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.introspect.Introspector;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.ParsedSchema;

import java.util.stream.Collectors;

/**
 * {@code db pull}: reads the database and returns the schema that describes it, keeping the schema's
 * datasource and generator blocks and (unless forced) its model, field, enum and relation names.
 */
public final class Pull {
    private Pull() {
    }

    public static Introspector.Result run(MigrateProject project, ParsedSchema parsed, boolean force) {
        String header = parsed.ast().configBlocks().map(block -> parsed.files().file(block.span()).slice(block.span()))
                .collect(Collectors.joining("\n\n"));
        try (DatabaseConnection connection = DatabaseConnection.open(project.url())) {
            MigrateEngine engine = MigrateEngine.of(connection);
            SqlSchema database = engine.describe(connection);
            if (database.tables().stream().noneMatch(t -> !t.name().equals("_prisma_migrations"))) {
                throw new MigrateException("P4001", "The introspected database was empty: " + project.url());
            }
            return Introspector.introspect(database, engine.dialect(), force ? null : project.dataModel(), header);
        }
    }
}
