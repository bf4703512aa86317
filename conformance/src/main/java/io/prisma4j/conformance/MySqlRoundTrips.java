package io.prisma4j.conformance;

import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.connect.DatabaseAdmin;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.render.MigrationSummary;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * MySQL's stand-in for recorded migrations: every {@code schemas/*.mysql.prisma} is migrated onto a fresh
 * database of the server at {@code PRISMA4J_TEST_MYSQL_URL} (default {@code mysql://root@127.0.0.1:3306}), after
 * which the database must describe exactly as the schema ({@code migrate diff --exit-code} would print nothing).
 */
final class MySqlRoundTrips {
    private MySqlRoundTrips() {
    }

    static List<Category.CaseOutcome> run(Path schemas) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(schemas)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".mysql.prisma")).sorted().toList();
        }
        String server = System.getenv().getOrDefault("PRISMA4J_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306");
        DatabaseUrl serverUrl = DatabaseUrl.parse(server + "/mysql", null);
        List<Category.CaseOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".mysql.prisma", "");
            try {
                outcomes.add(roundTrip(name, PrismaSchema.parse(Files.readString(file)).dataModel(), serverUrl));
            } catch (Exception e) {
                outcomes.add(Category.CaseOutcome.fail(name, "error: " + e));
            }
        }
        return outcomes;
    }

    private static Category.CaseOutcome roundTrip(String name, DataModel model, DatabaseUrl serverUrl) throws Exception {
        DatabaseUrl url = DatabaseAdmin.createTemporary(serverUrl);
        try (DatabaseConnection connection = DatabaseConnection.open(url)) {
            MigrateEngine engine = MigrateEngine.of(connection);
            engine.apply(engine.diff(engine.describe(connection), engine.calculate(model, null)), connection);
            Migration drift = engine.diff(engine.describe(connection), engine.calculate(model, null));
            return drift.isEmpty() ? Category.CaseOutcome.pass(name)
                    : Category.CaseOutcome.fail(name, "difference after migrating:" + MigrationSummary.render(drift));
        } finally {
            DatabaseAdmin.drop(url);
        }
    }
}
