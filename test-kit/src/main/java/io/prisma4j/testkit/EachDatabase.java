package io.prisma4j.testkit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test once per database with a fresh {@link TestDatabase} parameter (dropped afterwards):
 * <pre>{@code
 * @EachDatabase
 * void cascadeDeletesPosts(TestDatabase db) { ... }
 * }</pre>
 * Restrict the matrix with {@code @EachDatabase({DatabaseKind.POSTGRESQL})}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(EachDatabaseProvider.class)
public @interface EachDatabase {
    DatabaseKind[] value() default {DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL, DatabaseKind.SQLITE};
}
