package io.prisma4j.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Supplies one fresh {@link TestDatabase} per kind of {@link EachDatabase}. Databases are created
 * lazily, one invocation at a time, and JUnit closes (drops) each after its invocation.
 */
final class EachDatabaseProvider implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        EachDatabase annotation = context.getRequiredTestMethod().getAnnotation(EachDatabase.class);
        return Arrays.stream(annotation.value()).map(kind -> {
            Supplier<TestDatabase> database = () -> TestDatabases.create(kind);
            return Arguments.of(database.get());
        });
    }
}
