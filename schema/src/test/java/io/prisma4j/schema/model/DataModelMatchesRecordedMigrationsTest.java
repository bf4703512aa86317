package io.prisma4j.schema.model;

import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every from-empty migration Prisma recorded for a tutorial schema ({@code migrate/schema-*}) names the
 * tables, columns, keys, indexes and foreign keys Prisma resolved from that schema. The DataModel must
 * resolve the same: database names after {@code @map}/{@code @@map}, default constraint names,
 * foreign-key sides and their effective referential actions, and implicit many-to-many join tables
 * with column A pointing at the right model.
 */
class DataModelMatchesRecordedMigrationsTest {

    @TestFactory
    Stream<DynamicTest> dataModelNamesWhatPrismaMigrated() {
        return Conformance.cases("migrate").stream()
                .filter(dir -> dir.getFileName().toString().startsWith("schema-"))
                .flatMap(dir -> Stream.of("postgresql", "sqlite")
                        .filter(provider -> Files.exists(dir.resolve(provider + ".sql")))
                        .map(provider -> DynamicTest.dynamicTest(dir.getFileName() + " " + provider,
                                () -> check(dir, provider))));
    }

    private static void check(Path dir, String provider) {
        ParsedSchema parsed = PrismaSchema.parse(Conformance.read(dir.resolve("schema." + provider + ".prisma")));
        assertThat(parsed.diagnostics().errors()).as(parsed.printErrors()).isEmpty();
        DataModel model = parsed.dataModel();
        String script = Conformance.read(dir.resolve(provider + ".sql"));
        RecordedDdl recorded = RecordedDdl.parse(script);
        assertThat(recorded.tableColumns()).as("every table of the script was read")
                .hasSize(occurrences(script, "CREATE TABLE "));
        assertThat(recorded.foreignKeys()).as("every foreign key of the script was read")
                .hasSize(occurrences(script, " FOREIGN KEY "));
        assertThat(recorded.uniques().size() + recorded.indexes().size()).as("every index of the script was read")
                .isEqualTo(occurrences(script, "CREATE INDEX ") + occurrences(script, "CREATE UNIQUE INDEX "));
        boolean sqlite = provider.equals("sqlite");

        assertThat(tableColumns(model)).as("tables and columns").isEqualTo(recorded.tableColumns());
        if (!sqlite) {
            // SQLite's DDL leaves primary keys unnamed.
            assertThat(primaryKeys(model)).as("primary keys").containsExactlyInAnyOrderElementsOf(recorded.primaryKeys());
        }
        assertThat(uniques(model, sqlite)).as("unique indexes").containsExactlyInAnyOrderElementsOf(recorded.uniques());
        assertThat(indexes(model)).as("indexes").containsExactlyInAnyOrderElementsOf(recorded.indexes());
        assertThat(foreignKeys(model)).as("foreign keys").containsExactlyInAnyOrderElementsOf(recorded.foreignKeys());
    }

    private static int occurrences(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    private static Map<String, List<String>> tableColumns(DataModel model) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        model.models().forEach(m -> tables.put(m.databaseName(),
                m.scalarFields().stream().map(ScalarField::databaseName).toList()));
        model.manyToManyRelations().forEach(r -> {
            Relation.JoinTable join = r.joinTable().orElseThrow();
            tables.put(join.name(), List.of(join.columnA(), join.columnB()));
        });
        return tables;
    }

    private static List<String> primaryKeys(DataModel model) {
        List<String> keys = new ArrayList<>();
        model.models().forEach(m -> m.primaryKey().ifPresent(pk ->
                keys.add(m.databaseName() + "." + pk.databaseName() + plainColumns(pk.scalarFields()))));
        // Prisma's migrations key a join table on both columns.
        model.manyToManyRelations().forEach(r -> {
            String table = r.joinTable().orElseThrow().name();
            keys.add(table + "." + table + "_AB_pkey[A, B]");
        });
        return keys;
    }

    private static List<String> uniques(DataModel model, boolean sqlite) {
        List<String> uniques = new ArrayList<>();
        model.models().forEach(m -> m.uniques().forEach(u ->
                uniques.add(m.databaseName() + "." + u.databaseName() + columns(u.fields()))));
        if (sqlite) {
            // Where SQLite cannot add a primary key later, Prisma keys join tables with a unique index.
            model.manyToManyRelations().forEach(r -> {
                String table = r.joinTable().orElseThrow().name();
                uniques.add(table + "." + table + "_AB_unique[A, B]");
            });
        }
        return uniques;
    }

    private static List<String> indexes(DataModel model) {
        List<String> indexes = new ArrayList<>();
        model.models().forEach(m -> m.indexes().forEach(i ->
                indexes.add(m.databaseName() + "." + i.databaseName() + columns(i.fields()))));
        model.manyToManyRelations().forEach(r -> {
            String table = r.joinTable().orElseThrow().name();
            indexes.add(table + "." + table + "_B_index[B]");
        });
        return indexes;
    }

    private static List<String> foreignKeys(DataModel model) {
        List<String> keys = new ArrayList<>();
        if (!model.relationMode().usesForeignKeys()) {
            return keys;
        }
        for (Relation relation : model.relations()) {
            if (relation.isManyToMany()) {
                Relation.JoinTable join = relation.joinTable().orElseThrow();
                keys.add(joinForeignKey(join.name(), join.columnA(), join.modelA()));
                keys.add(joinForeignKey(join.name(), join.columnB(), join.modelB()));
                continue;
            }
            RelationField side = relation.referencingField();
            keys.add(side.model().databaseName() + "." + relation.foreignKeyName() + plainColumns(side.fields())
                    + " -> " + side.relatedModel().databaseName() + plainColumns(side.references())
                    + " ON DELETE " + sql(relation.onDelete()) + " ON UPDATE " + sql(relation.onUpdate()));
        }
        return keys;
    }

    private static String joinForeignKey(String table, String column, Model target) {
        return table + "." + table + "_" + column + "_fkey[" + column + "] -> " + target.databaseName()
                + plainColumns(target.primaryKey().orElseThrow().scalarFields())
                + " ON DELETE CASCADE ON UPDATE CASCADE";
    }

    private static String sql(ReferentialAction action) {
        return action.name().replace('_', ' ').toUpperCase(Locale.ROOT);
    }

    private static String plainColumns(List<ScalarField> fields) {
        return fields.stream().map(ScalarField::databaseName).toList().toString();
    }

    private static String columns(List<IndexField> fields) {
        return fields.stream()
                .map(f -> f.field().databaseName() + (f.sort() == SortOrder.DESC ? " DESC" : ""))
                .toList().toString();
    }
}
