package io.prisma4j.migrate;

import io.prisma4j.migrate.calculate.SchemaCalculator;
import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.dialect.Dialects;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.diff.SchemaDiffer;
import io.prisma4j.migrate.render.MigrationScript;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate diff --script} of every migrate case, byte for byte against what Prisma printed. */
class ConformanceDiffScriptTest {

    @TestFactory
    Stream<DynamicTest> diffScriptsMatchPrisma() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : Conformance.cases("migrate")) {
            for (String provider : List.of("postgresql", "sqlite")) {
                Path expected = dir.resolve(provider + ".sql");
                if (Files.exists(expected)) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + provider,
                            () -> assertThat(script(dir, provider)).as(dir.getFileName() + " " + provider)
                                    .isEqualTo(Conformance.read(expected))));
                }
            }
        }
        return tests.stream();
    }

    private static String script(Path dir, String provider) {
        Path schema = dir.resolve("schema." + provider + ".prisma");
        SqlSchema previous;
        DataModel next;
        Dialect dialect;
        if (Files.exists(schema)) {
            next = PrismaSchema.parse(Conformance.read(schema)).dataModel();
            dialect = Dialects.of(next.provider());
            previous = SqlSchema.empty();
        } else {
            DataModel before = PrismaSchema.parse(Conformance.read(dir.resolve("before." + provider + ".prisma"))).dataModel();
            next = PrismaSchema.parse(Conformance.read(dir.resolve("after." + provider + ".prisma"))).dataModel();
            dialect = Dialects.of(next.provider());
            previous = new SchemaCalculator(dialect.calculator()).calculate(before, dialect.defaultNamespace());
        }
        SqlSchema target = new SchemaCalculator(dialect.calculator()).calculate(next, dialect.defaultNamespace());
        Migration migration = new SchemaDiffer(dialect.differ()).diff(previous, target);
        String script = MigrationScript.render(migration, dialect.renderer(), List.of(), List.of());
        return script.endsWith("\n") ? script : script + "\n";
    }
}
