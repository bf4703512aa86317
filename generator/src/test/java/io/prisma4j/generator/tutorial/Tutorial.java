package io.prisma4j.generator.tutorial;

import io.prisma4j.client.typed.ClientOptions;
import io.prisma4j.migrate.MigrateEngine;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tutorial's databases: a conformance schema for the test database's provider, its tables created
 * as {@code db push} creates them, and a generated client connected to it.
 */
final class Tutorial {
    private Tutorial() {
    }

    /** {@code schemas/<name>.<provider>.prisma}, pushed to {@code db}, with a client of it. */
    static <C> C client(String schemaName, TestDatabase db, Function<Consumer<ClientOptions>, C> client) {
        return client(Conformance.category("schemas").resolve(schemaName + "." + db.provider() + ".prisma"), db, client);
    }

    /** The schema of a query suite ({@code queries/<suite>/schema.<provider>.prisma}), pushed, with a client. */
    static <C> C suiteClient(String suite, TestDatabase db, Function<Consumer<ClientOptions>, C> client) {
        return client(Conformance.category("queries").resolve(suite).resolve("schema." + db.provider() + ".prisma"), db,
                client);
    }

    private static <C> C client(Path schema, TestDatabase db, Function<Consumer<ClientOptions>, C> client) {
        push(schema, db);
        return client.apply(o -> o.schema(schema).datasourceUrl(db.url()));
    }

    /** Creates the tables of {@code schema} in {@code db}. */
    static void push(Path schema, TestDatabase db) {
        DataModel dataModel = PrismaSchema.load(schema).dataModel();
        DatabaseUrl url = DatabaseUrl.parse(db.url(), schema.getParent());
        try (DatabaseConnection connection = DatabaseConnection.open(url)) {
            MigrateEngine engine = MigrateEngine.of(connection);
            engine.apply(engine.diff(engine.describe(connection), engine.calculate(dataModel, url.namespace())), connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the tables of " + schema + ": " + e.getMessage(), e);
        }
    }
}
