package io.prisma4j.schema;

import io.prisma4j.schema.model.DataModel;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ConformanceSchemasTest {

    @TestFactory
    Stream<DynamicTest> everyTutorialSchemaParsesWithoutErrorsAndResolves() {
        return Conformance.schemas().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            ParsedSchema parsed = PrismaSchema.parse(Conformance.read(path));
            assertThat(parsed.diagnostics().errors()).as(parsed.printErrors()).isEmpty();
            DataModel model = parsed.dataModel();
            model.relations().forEach(r -> assertThat(r.fields()).hasSize(2));
        }));
    }
}
