package io.prisma4j.migrate.project;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.env.Env;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project folder for workflow tests: {@code prisma/schema.prisma} pointing (through {@code DATABASE_URL})
 * at a test database, and a console that records output and answers as told.
 */
final class TestProject {
    final TestDatabase database;
    final Path dir;
    /** The project's {@code DATABASE_URL} (the test database's, unless a test adds parameters). */
    String url;
    final StringBuilder output = new StringBuilder();
    boolean interactive;
    boolean answer = true;

    TestProject(TestDatabase database) {
        this.database = database;
        this.url = database.url();
        try {
            this.dir = Files.createTempDirectory("prisma4j-project");
            Files.createDirectories(dir.resolve("prisma"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code schemas/<name>.<provider>.prisma} of the conformance corpus as the project's schema. */
    TestProject schema(String name) {
        return schemaText(Conformance.read(Conformance.category("schemas")
                .resolve(name + "." + database.provider() + ".prisma")));
    }

    TestProject schemaText(String text) {
        try {
            Files.writeString(dir.resolve("prisma/schema.prisma"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A schema with one model body, for this project's database. */
    TestProject model(String body) {
        return schemaText("datasource db {\n  provider = \"" + database.provider() + "\"\n}\n\n" + body + "\n");
    }

    MigrateProject project() {
        Path schema = dir.resolve("prisma/schema.prisma");
        return MigrateProject.of(schema, PrismaSchema.load(schema).dataModel(),
                Env.of(Map.of("DATABASE_URL", url)));
    }

    Console console() {
        return new Console() {
            @Override
            public void print(String text) {
                output.append(text);
            }

            @Override
            public boolean isInteractive() {
                return interactive;
            }

            @Override
            public boolean confirm(String question) {
                output.append("? ").append(question).append(answer ? " yes\n" : " no\n");
                return answer;
            }
        };
    }

    Dev.Outcome dev(String name) {
        return Dev.run(project(), new Dev.Options(name, false), console());
    }

    List<String> migrationNames() {
        return project().migrations().migrations().stream().map(m -> m.name()).toList();
    }

    void execute(String sql) {
        try (DatabaseConnection connection = DatabaseConnection.open(DatabaseUrl.parse(url, null))) {
            connection.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a query, each as a list of strings (nulls as "null"). */
    List<List<String>> rows(String sql) {
        try (DatabaseConnection connection = DatabaseConnection.open(DatabaseUrl.parse(url, null))) {
            List<List<String>> rows = new ArrayList<>();
            for (Object[] row : connection.query(sql)) {
                List<String> values = new ArrayList<>();
                for (Object value : row) {
                    values.add(String.valueOf(value));
                }
                rows.add(values);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identifier quoted for this project's database. */
    String q(String identifier) {
        return database.provider().equals("mysql") ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }
}
